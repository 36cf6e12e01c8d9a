package io.deskprov.app.management;

import static java.util.Objects.requireNonNull;

import java.net.InetSocketAddress;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.deskprov.certs.revocation.CrlSource;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.timeout.ReadTimeoutHandler;

/**
 * A small HTTP server for probes, metrics, our CA certificate and its CRL, on its own port and
 * its own single thread so that a scrape never competes with phones for the provisioning
 * server's event loops.
 */
public final class ManagementServer implements AutoCloseable {
    private static final Logger logger = LoggerFactory.getLogger(ManagementServer.class);
    private static final int MAX_REQUEST_BYTES = 8192;

    private final EventLoopGroup group;
    private final Channel channel;

    private ManagementServer(EventLoopGroup group, Channel channel) {
        this.group = group;
        this.channel = channel;
    }

    /**
     * Starts listening.
     *
     * @param ready answers whether the node can serve; must not block, since it runs on the event loop
     * @param caCertificate our CA's certificate, served at {@code /ca.crt} for phones and browsers
     *        to trust, or null when this node has no CA of its own
     * @param crl our CA's revocation list, served at {@code /crl} for verifiers that follow the
     *        certificates' CRL distribution point, or null when this node has no CA of its own
     * @throws IllegalStateException if the address cannot be bound, naming it
     */
    public static ManagementServer start(InetSocketAddress address, BooleanSupplier ready,
                                         PrometheusMeterRegistry registry,
                                         @Nullable X509Certificate caCertificate, @Nullable CrlSource crl) {
        requireNonNull(address, "address");
        requireNonNull(ready, "ready");
        requireNonNull(registry, "registry");
        final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        final ProbeHandler handler = new ProbeHandler(ready, registry, caCertificate, crl);
        try {
            final Channel channel = new ServerBootstrap()
                    .group(group)
                    .channel(NioServerSocketChannel.class)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            ch.pipeline()
                              .addLast(new ReadTimeoutHandler(30, TimeUnit.SECONDS))
                              .addLast(new HttpServerCodec(1024, 4096, 4096))
                              .addLast(new HttpObjectAggregator(MAX_REQUEST_BYTES))
                              .addLast(handler);
                        }
                    })
                    .bind(address).syncUninterruptibly().channel();
            final ManagementServer server = new ManagementServer(group, channel);
            logger.info("Management endpoint listening: address={}", server.address());
            return server;
        } catch (Exception e) {
            // Netty rethrows the bind failure, a checked exception, without declaring it.
            group.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
            throw new IllegalStateException("cannot listen on " + address + " for the management endpoint: "
                                            + e.getMessage(), e);
        }
    }

    /** The bound address; with port 0 configured, the port actually chosen. */
    public InetSocketAddress address() {
        return (InetSocketAddress) channel.localAddress();
    }

    /** Stops accepting, lets requests under way finish within the grace period. */
    public void stop(Duration gracePeriod) {
        channel.close().syncUninterruptibly();
        group.shutdownGracefully(0, gracePeriod.toMillis(), TimeUnit.MILLISECONDS).syncUninterruptibly();
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(2));
    }
}
