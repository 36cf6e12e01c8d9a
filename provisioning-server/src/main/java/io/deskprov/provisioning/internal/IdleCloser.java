package io.deskprov.provisioning.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.AttributeKey;

/**
 * Closes connections that stall: no traffic at all for the idle timeout, or nothing received for
 * the read timeout while no answer is being streamed (a phone reading a large firmware image
 * sends nothing, and must not be cut off for it). Driven by an {@code IdleStateHandler} before it.
 */
@Sharable
final class IdleCloser extends ChannelInboundHandlerAdapter {
    private static final Logger logger = LoggerFactory.getLogger(IdleCloser.class);
    private static final AttributeKey<Boolean> STREAMING = AttributeKey.valueOf("deskprov.streaming");

    static void streaming(Channel channel, boolean streaming) {
        channel.attr(STREAMING).set(streaming);
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
        if (!(event instanceof IdleStateEvent idle)) {
            super.userEventTriggered(ctx, event);
            return;
        }
        if (idle.state() == IdleState.READER_IDLE && Boolean.TRUE.equals(ctx.channel().attr(STREAMING).get())) {
            return;
        }
        logger.debug("{}: closing a connection that stalled ({})", ctx.channel().remoteAddress(), idle.state());
        ctx.close();
    }
}
