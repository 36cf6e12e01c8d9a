package io.deskprov.portal.http;

import static java.util.Objects.requireNonNull;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.MeterRegistry;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.JdkSslContext;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.timeout.ReadTimeoutHandler;

/**
 * The portal's HTTPS listener. Event loops only parse and write; handlers run on a worker pool,
 * since they wait for the database.
 */
public final class PortalServer {
    private static final Logger logger = LoggerFactory.getLogger(PortalServer.class);

    private final EventLoopGroup group;
    private final Channel channel;

    private PortalServer(EventLoopGroup group, Channel channel) {
        this.group = group;
        this.channel = channel;
    }

    /**
     * Starts listening.
     *
     * @param maxBodyBytes larger request bodies are refused with 413
     * @throws IllegalStateException if the address cannot be bound, naming it
     */
    public static PortalServer start(InetSocketAddress address, SSLContext sslContext, int maxBodyBytes,
                                     Router router, Authenticator authenticator, ExecutorService workers,
                                     MeterRegistry registry) {
        requireNonNull(address, "address");
        final SslContext tls = new JdkSslContext(requireNonNull(sslContext, "sslContext"), false, ClientAuth.NONE);
        final PortalHandler handler = new PortalHandler(new Dispatcher(router, authenticator, registry), workers);
        final EventLoopGroup group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
        try {
            final Channel channel = new ServerBootstrap()
                    .group(group)
                    .channel(NioServerSocketChannel.class)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            ch.pipeline()
                              .addLast(tls.newHandler(ch.alloc()))
                              .addLast(new ReadTimeoutHandler(60, TimeUnit.SECONDS))
                              .addLast(new HttpServerCodec(4096, 16384, 8192))
                              .addLast(new LimitedAggregator(maxBodyBytes))
                              .addLast(handler);
                        }
                    })
                    .bind(address).syncUninterruptibly().channel();
            final PortalServer server = new PortalServer(group, channel);
            logger.info("Portal listening: address={}", server.address());
            return server;
        } catch (Exception e) {
            // Netty rethrows the bind failure, a checked exception, without declaring it.
            group.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
            throw new IllegalStateException("cannot listen on " + address + " for the portal: " + e.getMessage(), e);
        }
    }

    public InetSocketAddress address() {
        return (InetSocketAddress) channel.localAddress();
    }

    /** Stops accepting and lets requests under way finish within the grace period. */
    public void stop(Duration gracePeriod) {
        channel.close().syncUninterruptibly();
        group.shutdownGracefully(0, gracePeriod.toMillis(), TimeUnit.MILLISECONDS).syncUninterruptibly();
    }
}
