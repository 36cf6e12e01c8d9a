package io.deskprov.provisioning.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import org.jspecify.annotations.Nullable;

import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpChunkedInput;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponseStatus;

/**
 * An answer ready to write: status, headers and either bytes or a stream of a known length.
 * Built on any thread, written on the channel's event loop by {@link ReplyWriter}.
 */
final class Reply {
    private final HttpResponseStatus status;
    private final HttpHeaders headers = new DefaultHttpHeaders();
    private final byte[] body;
    private final @Nullable HttpChunkedInput stream;
    private final long length;
    private boolean close;

    private Reply(HttpResponseStatus status, byte[] body, @Nullable HttpChunkedInput stream, long length) {
        this.status = status;
        this.body = body;
        this.stream = stream;
        this.length = length;
    }

    /** A short plain-text answer naming the status; its text is the same for every cause. */
    static Reply status(HttpResponseStatus status) {
        final Reply reply = bytes(status, (status.reasonPhrase() + '\n').getBytes(UTF_8));
        reply.headers.set(HttpHeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8");
        return reply;
    }

    static Reply bytes(HttpResponseStatus status, byte[] body) {
        return new Reply(status, body, null, body.length);
    }

    static Reply stream(HttpResponseStatus status, HttpChunkedInput stream, long length) {
        return new Reply(status, new byte[0], stream, length);
    }

    Reply header(CharSequence name, Object value) {
        headers.set(name, value);
        return this;
    }

    /** Adds one more value of a header that may repeat, such as {@code WWW-Authenticate}. */
    Reply addHeader(CharSequence name, Object value) {
        headers.add(name, value);
        return this;
    }

    /** Asks for the connection to be closed once this is written. */
    Reply closing() {
        close = true;
        return this;
    }

    HttpResponseStatus status() {
        return status;
    }

    HttpHeaders headers() {
        return headers;
    }

    byte[] body() {
        return body;
    }

    @Nullable HttpChunkedInput stream() {
        return stream;
    }

    long length() {
        return length;
    }

    boolean isClosing() {
        return close;
    }

    /** Releases the stream of a reply that will not be written. */
    void discard() {
        if (stream != null) {
            try {
                stream.close();
            } catch (Exception e) {
                // Nothing was sent from it; a failing close leaves nothing to clean up for us.
            }
        }
    }
}
