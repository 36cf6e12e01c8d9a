package io.deskprov.provisioning.internal;

import java.nio.charset.StandardCharsets;

import io.deskprov.provisioning.UploadLimits;
import io.deskprov.provisioning.UploadLimits.UploadKind;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.ReferenceCountUtil;

/**
 * Refuses an upload whose declared length passes its kind's limit with 413 before its body is
 * read, and drops the rest of that request. Sits before the aggregator, whose own limit (the
 * largest of all) catches uploads that do not declare their length.
 */
final class UploadGate extends ChannelInboundHandlerAdapter {
    private final UploadLimits limits;
    private boolean discarding;

    UploadGate(UploadLimits limits) {
        this.limits = limits;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        if (msg instanceof HttpRequest request) {
            discarding = tooLarge(request);
            if (discarding) {
                final FullHttpResponse response = new DefaultFullHttpResponse(
                        HttpVersion.HTTP_1_1, HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE,
                        Unpooled.copiedBuffer("Request Entity Too Large\n", StandardCharsets.UTF_8));
                HttpUtil.setContentLength(response, response.content().readableBytes());
                response.headers().set(HttpHeaderNames.CONNECTION, "close");
                ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
            }
        }
        if (discarding && (msg instanceof HttpRequest || msg instanceof HttpContent)) {
            ReferenceCountUtil.release(msg);
            return;
        }
        super.channelRead(ctx, msg);
    }

    private boolean tooLarge(HttpRequest request) {
        if (!request.method().equals(HttpMethod.PUT) || !HttpUtil.isContentLengthSet(request)) {
            return false;
        }
        final RequestPath.Result path = RequestPath.parse(request.uri());
        if (path.isRefused()) {
            return false;
        }
        final UploadKind kind = RequestedFile.classify(path.fileName()).kind().uploadKind();
        return kind != null && HttpUtil.getContentLength(request, 0L) > limits.limit(kind);
    }
}
