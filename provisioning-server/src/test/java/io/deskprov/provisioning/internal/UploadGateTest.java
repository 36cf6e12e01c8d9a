package io.deskprov.provisioning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.deskprov.provisioning.UploadLimits;
import io.deskprov.provisioning.UploadLimits.UploadKind;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;

class UploadGateTest {
    private final UploadLimits limits = UploadLimits.defaults().with(UploadKind.LOG, 100);

    @Test
    void declaredLengthOverTheKindsLimitIsAnswered413AndTheBodyDropped() {
        final EmbeddedChannel channel = new EmbeddedChannel(new UploadGate(limits));

        // The body arrives in the same read as the head, before the close takes effect.
        channel.writeInbound(put("/0004f2aabbcc-app.log", 101),
                             new DefaultHttpContent(Unpooled.wrappedBuffer(new byte[101])));

        final FullHttpResponse response = channel.readOutbound();
        assertThat(response.status().code()).isEqualTo(413);
        assertThat((Object) channel.readInbound()).isNull();
        assertThat(channel.isOpen()).isFalse();
        response.release();
    }

    @Test
    void declaredLengthWithinTheLimitPasses() {
        final EmbeddedChannel channel = new EmbeddedChannel(new UploadGate(limits));

        channel.writeInbound(put("/0004f2aabbcc-app.log", 100));

        assertThat((Object) channel.readOutbound()).isNull();
        assertThat((Object) channel.readInbound()).isInstanceOf(HttpRequest.class);
    }

    @Test
    void limitOfAnotherKindDoesNotApply() {
        final EmbeddedChannel channel = new EmbeddedChannel(new UploadGate(limits));

        channel.writeInbound(put("/0004f2aabbcc-calls.xml", 101));

        assertThat((Object) channel.readInbound()).isInstanceOf(HttpRequest.class);
    }

    private static HttpRequest put(String target, long length) {
        final HttpRequest request = new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.PUT, target);
        HttpUtil.setContentLength(request, length);
        return request;
    }
}
