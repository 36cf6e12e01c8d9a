package io.deskprov.provisioning.internal;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import io.deskprov.provisioning.RenderedFile;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.util.AsciiString;

/**
 * A rendered file made ready to be answered many times: its bytes in direct memory, which TLS
 * encrypts without copying them first, and the headers of its 200 and 304 answers, in the forms
 * that keep the connection and that close it. Built once per rendering on a worker; every answer
 * then shares them, reading only, so nothing is built or checked per request.
 */
final class PreparedFile {
    private static final AsciiString NO_STORE = AsciiString.cached("no-store");

    private final String etag;
    private final Instant renderedAt;
    // Unreleasable: every answer writes a duplicate of it, and the cache owns the memory (freed by
    // the garbage collector once the file is dropped, as a JDK direct buffer is).
    private final ByteBuf body;
    private final HttpHeaders ok;
    private final HttpHeaders okClosing;
    private final HttpHeaders notModified;
    private final HttpHeaders notModifiedClosing;

    PreparedFile(RenderedFile file, Instant now) {
        // Whole seconds, as HTTP dates carry them.
        this.renderedAt = now.truncatedTo(ChronoUnit.SECONDS);
        this.etag = file.etag();
        final byte[] bytes = file.bytes();
        this.body = Unpooled.unreleasableBuffer(
                Unpooled.wrappedBuffer(ByteBuffer.allocateDirect(bytes.length).put(bytes).flip()));
        final AsciiString etagValue = new AsciiString(etag);
        final AsciiString lastModified = new AsciiString(
                DateTimeFormatter.RFC_1123_DATE_TIME.format(renderedAt.atZone(ZoneOffset.UTC)));
        this.ok = new DefaultHttpHeaders()
                .set(HttpHeaderNames.CONTENT_TYPE, new AsciiString(file.contentType()))
                .set(HttpHeaderNames.ETAG, etagValue)
                .set(HttpHeaderNames.LAST_MODIFIED, lastModified)
                .set(HttpHeaderNames.CACHE_CONTROL, NO_STORE)
                .setInt(HttpHeaderNames.CONTENT_LENGTH, bytes.length);
        this.okClosing = closing(ok);
        this.notModified = new DefaultHttpHeaders()
                .set(HttpHeaderNames.ETAG, etagValue)
                .set(HttpHeaderNames.LAST_MODIFIED, lastModified)
                .setInt(HttpHeaderNames.CONTENT_LENGTH, 0);
        this.notModifiedClosing = closing(notModified);
    }

    private static HttpHeaders closing(HttpHeaders keepAlive) {
        return new DefaultHttpHeaders().add(keepAlive)
                                       .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
    }

    String etag() {
        return etag;
    }

    Instant renderedAt() {
        return renderedAt;
    }

    int length() {
        return body.readableBytes();
    }

    /** The file's 200 answer. */
    Reply ok() {
        return Reply.prepared(HttpResponseStatus.OK, body, length(), ok, okClosing);
    }

    /** The 304 answer to a phone whose copy is current. */
    Reply notModified() {
        return Reply.prepared(HttpResponseStatus.NOT_MODIFIED, Unpooled.EMPTY_BUFFER, 0, notModified,
                              notModifiedClosing);
    }
}
