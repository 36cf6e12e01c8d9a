package io.deskprov.provisioning.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import org.jspecify.annotations.Nullable;

import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpChunkedInput;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponseStatus;

/**
 * An answer ready to write: status, headers and either bytes, a stream of a known length, or a
 * body and headers prepared ahead for many answers.
 * Built on any thread, written on the channel's event loop by {@link ReplyWriter}.
 */
final class Reply {
    private static final byte[] NO_BYTES = new byte[0];

    private final HttpResponseStatus status;
    private final HttpHeaders headers;
    private final byte[] body;
    private final @Nullable HttpChunkedInput stream;
    private final @Nullable Prepared prepared;
    private final long length;
    private boolean close;

    private Reply(HttpResponseStatus status, byte[] body, @Nullable HttpChunkedInput stream,
                  @Nullable Prepared prepared, long length) {
        this.status = status;
        this.headers = prepared == null ? new DefaultHttpHeaders() : prepared.keepAlive();
        this.body = body;
        this.stream = stream;
        this.prepared = prepared;
        this.length = length;
    }

    /** A short plain-text answer naming the status; its text is the same for every cause. */
    static Reply status(HttpResponseStatus status) {
        final Reply reply = bytes(status, (status.reasonPhrase() + '\n').getBytes(UTF_8));
        reply.headers.set(HttpHeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8");
        return reply;
    }

    static Reply bytes(HttpResponseStatus status, byte[] body) {
        return new Reply(status, body, null, null, body.length);
    }

    static Reply stream(HttpResponseStatus status, HttpChunkedInput stream, long length) {
        return new Reply(status, NO_BYTES, stream, null, length);
    }

    /**
     * An answer whose body and headers, Content-Length included, were made ahead and are shared
     * with other answers; its headers cannot be changed.
     *
     * @param body read through a duplicate per answer, never released by it
     * @param closing the headers for when the connection closes after this answer
     */
    static Reply prepared(HttpResponseStatus status, ByteBuf body, long length, HttpHeaders keepAlive,
                          HttpHeaders closing) {
        return new Reply(status, NO_BYTES, null, new Prepared(body, keepAlive, closing), length);
    }

    Reply header(CharSequence name, Object value) {
        mutableHeaders().set(name, value);
        return this;
    }

    /** Adds one more value of a header that may repeat, such as {@code WWW-Authenticate}. */
    Reply addHeader(CharSequence name, Object value) {
        mutableHeaders().add(name, value);
        return this;
    }

    private HttpHeaders mutableHeaders() {
        if (prepared != null) {
            throw new IllegalStateException("the headers of a prepared " + status + " answer are shared");
        }
        return headers;
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

    @Nullable Prepared prepared() {
        return prepared;
    }

    long length() {
        return length;
    }

    boolean isClosing() {
        return close;
    }

    /** The shared parts of a prepared answer. */
    record Prepared(ByteBuf body, HttpHeaders keepAlive, HttpHeaders closing) {
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
