package io.deskprov.portal.http;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;

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
        final FullHttpResponse response = Answer.problem(e, path).toHttp();
        response.headers().set(HttpHeaderNames.CONNECTION, "close");
        // The rest of the body is still on its way; closing is the only way to stop reading it.
        ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
    }
}
