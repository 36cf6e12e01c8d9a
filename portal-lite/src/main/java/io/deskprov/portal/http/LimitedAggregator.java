package io.deskprov.portal.http;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;

/** Aggregates request bodies up to a limit and answers a larger one with problem details. */
final class LimitedAggregator extends HttpObjectAggregator {
    private final int maxBodyBytes;

    LimitedAggregator(int maxBodyBytes) {
        super(maxBodyBytes);
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
        final String path = oversized instanceof HttpRequest ? ((HttpRequest) oversized).uri() : "/";
        final ApiException e = new ApiException(HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE, "BODY_TOO_LARGE",
                                                "request bodies are limited to " + maxBodyBytes + " bytes");
        final Answer answer = Answer.problem(e, path);
        final FullHttpResponse response = new DefaultFullHttpResponse(
                HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(answer.status()),
                Unpooled.wrappedBuffer(answer.body()));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, answer.contentType())
                .setInt(HttpHeaderNames.CONTENT_LENGTH, answer.body().length)
                .set(HttpHeaderNames.CONNECTION, "close");
        // The rest of the body is still on its way; closing is the only way to stop reading it.
        ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
    }
}
