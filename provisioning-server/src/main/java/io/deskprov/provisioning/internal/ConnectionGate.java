package io.deskprov.provisioning.internal;

import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;

/**
 * Counts open connections and closes a new one at once when the limit is reached, before any
 * TLS work is spent on it. The first handler of every connection.
 */
@Sharable
final class ConnectionGate extends ChannelInboundHandlerAdapter {
    private static final Logger logger = LoggerFactory.getLogger(ConnectionGate.class);

    private final int maxConnections;
    private final AtomicInteger open;
    private final ServerMetrics metrics;

    ConnectionGate(int maxConnections, ServerMetrics metrics) {
        this.maxConnections = maxConnections;
        this.open = metrics.openConnections();
        this.metrics = metrics;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        if (open.incrementAndGet() > maxConnections) {
            metrics.refusedConnection();
            logger.debug("{}: refused, {} connections are open already", ctx.channel().remoteAddress(),
                         maxConnections);
            ctx.close();
            return;
        }
        super.channelActive(ctx);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        open.decrementAndGet();
        super.channelInactive(ctx);
    }
}
