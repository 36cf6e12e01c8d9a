package io.deskprov.provisioning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.deskprov.provisioning.UploadLimits;
import io.deskprov.provisioning.UploadLimits.UploadKind;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.TooLongHttpContentException;

/** The gate passes refusals on to the ladder, which answers and logs them; it writes nothing itself. */
class UploadGateTest {
    private final UploadLimits limits = UploadLimits.defaults().with(UploadKind.LOG, 100);
    private final EmbeddedChannel channel = new EmbeddedChannel(new UploadGate(limits));

    @Test
    void declaredLengthOverTheKindsLimitGoesOnAsATooLongRequestWithoutItsBody() {
        // The body arrives in the same read as the head.
        channel.writeInbound(put("/0004f2aabbcc-app.log", 101), chunk(101));

        final FullHttpRequest refused = channel.readInbound();
        assertThat(refused.uri()).isEqualTo("/0004f2aabbcc-app.log");
        assertThat(refused.content().readableBytes()).isZero();
        assertThat(refused.decoderResult().cause()).isInstanceOf(TooLongHttpContentException.class);
        assertThat((Object) channel.readInbound()).isNull();
        assertThat((Object) channel.readOutbound()).isNull();
    }

    @Test
    void bodyWithoutDeclaredLengthEndsAsTooLongOnceItPassesTheLimit() {
        channel.writeInbound(put("/0004f2aabbcc-app.log", -1), chunk(60), chunk(60), chunk(60));

        assertThat((Object) channel.readInbound()).isInstanceOf(HttpRequest.class);
        assertThat(((HttpContent) channel.readInbound()).content().readableBytes()).isEqualTo(60);
        final LastHttpContent end = channel.readInbound();
        assertThat(end.content().readableBytes()).isZero();
        assertThat(end.decoderResult().cause()).isInstanceOf(TooLongHttpContentException.class);
        assertThat((Object) channel.readInbound()).isNull();
    }

    @Test
    void declaredLengthWithinTheLimitPasses() {
        channel.writeInbound(put("/0004f2aabbcc-app.log", 100), chunk(100));

        assertThat(((HttpObject) channel.readInbound()).decoderResult().isSuccess()).isTrue();
        assertThat(((HttpObject) channel.readInbound()).decoderResult().isSuccess()).isTrue();
    }

    @Test
    void limitOfAnotherKindDoesNotApply() {
        channel.writeInbound(put("/0004f2aabbcc-calls.xml", 101));

        assertThat(((HttpObject) channel.readInbound()).decoderResult().isSuccess()).isTrue();
    }

    @Test
    void requestAfterARefusedOneIsLookedAtAfresh() {
        channel.writeInbound(put("/0004f2aabbcc-app.log", 101), chunk(101), put("/0004f2aabbcc-app.log", 10),
                             chunk(10));

        assertThat(((HttpObject) channel.readInbound()).decoderResult().isFailure()).isTrue();
        assertThat(((HttpObject) channel.readInbound()).decoderResult().isSuccess()).isTrue();
        assertThat(((HttpContent) channel.readInbound()).content().readableBytes()).isEqualTo(10);
    }

    private static HttpRequest put(String target, long length) {
        final HttpRequest request = new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.PUT, target);
        if (length >= 0) {
            HttpUtil.setContentLength(request, length);
        } else {
            HttpUtil.setTransferEncodingChunked(request, true);
        }
        return request;
    }

    private static HttpContent chunk(int bytes) {
        return new DefaultHttpContent(Unpooled.wrappedBuffer(new byte[bytes]));
    }
}
