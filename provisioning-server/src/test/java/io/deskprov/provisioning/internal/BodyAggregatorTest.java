package io.deskprov.provisioning.internal;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;

/** Requests as the decoder makes them from the bytes a client sends. */
class BodyAggregatorTest {
    private final EmbeddedChannel channel = new EmbeddedChannel(new HttpServerCodec(), new BodyAggregator(1024));

    @AfterEach
    void close() {
        channel.finishAndReleaseAll();
    }

    @Test
    void getWithoutBodyPassesAsItCameFollowedByItsEmptyEnd() {
        send("GET /001565aabbcc.cfg HTTP/1.1\r\nHost: prov\r\n\r\n");

        final HttpObject request = channel.readInbound();
        assertThat(request).isInstanceOf(HttpRequest.class).isNotInstanceOf(FullHttpRequest.class);
        assertThat(((HttpRequest) request).uri()).isEqualTo("/001565aabbcc.cfg");
        final HttpObject end = channel.readInbound();
        assertThat(end).isInstanceOf(LastHttpContent.class);
        assertThat(((LastHttpContent) end).content().readableBytes()).isZero();
        assertThat((Object) channel.readInbound()).isNull();
    }

    @Test
    void declaredZeroLengthIsNoBodyEither() {
        send("HEAD /001565aabbcc.cfg HTTP/1.1\r\nHost: prov\r\nContent-Length: 0\r\n\r\n");

        assertThat((Object) channel.readInbound()).isNotInstanceOf(FullHttpRequest.class);
        ReferenceCountUtil.release(channel.readInbound());
    }

    @Test
    void uploadIsCollectedIntoOneRequest() {
        send("PUT /0004f2aabbcc-app.log HTTP/1.1\r\nHost: prov\r\nContent-Length: 5\r\n\r\nhel");
        assertThat((Object) channel.readInbound()).as("nothing before the body is whole").isNull();
        send("lo");

        final FullHttpRequest request = channel.readInbound();
        assertThat(request.content().toString(US_ASCII)).isEqualTo("hello");
        request.release();
        assertThat((Object) channel.readInbound()).isNull();
    }

    @Test
    void getWithABodyIsCollectedToo() {
        send("GET /001565aabbcc.cfg HTTP/1.1\r\nHost: prov\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n");

        final FullHttpRequest request = channel.readInbound();
        assertThat(request.content().toString(US_ASCII)).isEqualTo("abc");
        request.release();
    }

    @Test
    void requestsOnOneConnectionAlternateBetweenBothForms() {
        send("GET /a.cfg HTTP/1.1\r\nHost: prov\r\n\r\n"
             + "PUT /0004f2aabbcc-app.log HTTP/1.1\r\nHost: prov\r\nContent-Length: 2\r\n\r\nok"
             + "GET /b.cfg HTTP/1.1\r\nHost: prov\r\n\r\n");

        assertThat(((HttpRequest) channel.readInbound()).uri()).isEqualTo("/a.cfg");
        ReferenceCountUtil.release(channel.readInbound());
        final FullHttpRequest upload = channel.readInbound();
        assertThat(upload.content().toString(US_ASCII)).isEqualTo("ok");
        upload.release();
        final HttpRequest last = channel.readInbound();
        assertThat(last).isNotInstanceOf(FullHttpRequest.class);
        assertThat(last.uri()).isEqualTo("/b.cfg");
    }

    private void send(String bytes) {
        channel.writeInbound(Unpooled.copiedBuffer(bytes, US_ASCII));
    }
}
