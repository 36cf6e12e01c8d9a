package io.deskprov.portal.http;

import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;

import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.QueryStringDecoder;

/** Hands each complete request to the worker pool and writes its answer back. */
@ChannelHandler.Sharable
final class PortalHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
    private final Dispatcher dispatcher;
    private final ExecutorService workers;

    PortalHandler(Dispatcher dispatcher, ExecutorService workers) {
        this.dispatcher = dispatcher;
        this.workers = workers;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest msg) {
        final boolean keepAlive = HttpUtil.isKeepAlive(msg);
        final String remote = ((InetSocketAddress) ctx.channel().remoteAddress()).getAddress().getHostAddress();
        if (msg.decoderResult().isFailure()) {
            write(ctx, Answer.problem(ApiException.badRequest("MALFORMED_REQUEST", "the request is not valid HTTP"),
                                      "/"), false);
            return;
        }
        final QueryStringDecoder uri = new QueryStringDecoder(msg.uri());
        final Request request = new Request(msg.method(), uri.path(), Map.of(), uri.parameters(),
                                            msg.headers().copy(), ByteBufUtil.getBytes(msg.content()), remote);
        try {
            workers.execute(() -> write(ctx, dispatcher.dispatch(request), keepAlive));
        } catch (RejectedExecutionException e) {
            write(ctx, Answer.problem(new ApiException(HttpResponseStatus.SERVICE_UNAVAILABLE, "UNAVAILABLE",
                                                       "the portal is stopping"), uri.path()), false);
        }
    }

    private static void write(ChannelHandlerContext ctx, Answer answer, boolean keepAlive) {
        final FullHttpResponse response = answer.toHttp();
        if (keepAlive) {
            ctx.writeAndFlush(response);
        } else {
            response.headers().set(HttpHeaderNames.CONNECTION, "close");
            ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // TLS handshake failures and resets by clients; nothing to answer.
        ctx.close();
    }
}
