package io.deskprov.provisioning;

import static java.util.Objects.requireNonNull;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.net.ssl.SSLException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.deskprov.provisioning.internal.ServerComponents;
import io.deskprov.provisioning.internal.Transport;
import io.deskprov.store.changes.ChangeFeed;
import io.micrometer.core.instrument.MeterRegistry;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.util.concurrent.ScheduledFuture;

/**
 * The HTTPS server phones fetch their files from, and put their uploads to.
 *
 * <pre>{@code
 * ProvisioningServer server = ProvisioningServer.start(settings, tls, backend, registry, Clock.systemUTC());
 * ...
 * server.stop(Duration.ofSeconds(10));
 * }</pre>
 */
public final class ProvisioningServer {
    private static final Logger logger = LoggerFactory.getLogger(ProvisioningServer.class);

    private final AtomicBoolean stopped = new AtomicBoolean();
    private final EventLoopGroup bossGroup;
    private final EventLoopGroup ioGroup;
    private final ServerComponents components;
    private final ChangeFeed.Subscription subscription;
    private final Channel secureChannel;
    private final @Nullable Channel plainChannel;
    private final ScheduledFuture<?> keyCheck;

    private ProvisioningServer(EventLoopGroup bossGroup, EventLoopGroup ioGroup, ServerComponents components,
                               ChangeFeed.Subscription subscription, Channel secureChannel,
                               @Nullable Channel plainChannel, ScheduledFuture<?> keyCheck) {
        this.bossGroup = bossGroup;
        this.ioGroup = ioGroup;
        this.components = components;
        this.subscription = subscription;
        this.secureChannel = secureChannel;
        this.plainChannel = plainChannel;
        this.keyCheck = keyCheck;
    }

    /**
     * Binds the listeners and starts serving.
     *
     * @throws ProvisioningServerException if a port cannot be bound or the key material is not usable
     */
    public static ProvisioningServer start(ProvisioningServerSettings settings, ServerTls tls,
                                           ProvisioningBackend backend, MeterRegistry registry, Clock clock) {
        requireNonNull(settings, "settings");
        requireNonNull(tls, "tls");
        requireNonNull(backend, "backend");
        requireNonNull(registry, "registry");
        requireNonNull(clock, "clock");
        final ServerComponents components;
        try {
            components = new ServerComponents(settings, tls, backend, registry, clock);
        } catch (SSLException e) {
            throw new ProvisioningServerException("the server certificate cannot be used for TLS: "
                                                  + e.getMessage(), e);
        }
        final Transport transport = Transport.best();
        final EventLoopGroup bossGroup = new MultiThreadIoEventLoopGroup(1, transport.ioHandlers());
        final EventLoopGroup ioGroup = new MultiThreadIoEventLoopGroup(ioThreads(settings), transport.ioHandlers());
        final ChangeFeed.Subscription subscription = backend.changes().subscribe(components::onChange);
        try {
            final Channel secure = bind(transport, bossGroup, ioGroup, settings.host(), settings.httpsPort(),
                                        components.secureChannels());
            final Channel plain = settings.plainHttpEnabled()
                                  ? bind(transport, bossGroup, ioGroup, settings.host(), settings.plainHttpPort(),
                                         components.plainChannels())
                                  : null;
            final long interval = settings.keyCheckInterval().toMillis();
            final ScheduledFuture<?> keyCheck = ioGroup.scheduleAtFixedRate(components::checkKeyMaterial, interval,
                                                                             interval, TimeUnit.MILLISECONDS);
            final ProvisioningServer server = new ProvisioningServer(bossGroup, ioGroup, components, subscription,
                                                                     secure, plain, keyCheck);
            logger.info("Provisioning server listening on https://{} {}(TLS by {}, {} transport)",
                        authority(server.address()),
                        plain == null ? "" : "and http://" + authority((InetSocketAddress) plain.localAddress()) + ' ',
                        components.tlsProvider(),
                        transport);
            return server;
        } catch (RuntimeException e) {
            subscription.close();
            components.stopWorkers(Duration.ZERO);
            components.stopRecording(Duration.ZERO);
            bossGroup.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
            ioGroup.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
            throw e;
        }
    }

    /** The address as a URL writes it: {@code 127.0.0.1:8443}, {@code [::]:8443}. */
    private static String authority(InetSocketAddress address) {
        final String host = address.getAddress().getHostAddress();
        return (host.indexOf(':') >= 0 ? '[' + host + ']' : host) + ':' + address.getPort();
    }

    /**
     * One event loop per core unless set: each loop keeps its core busy on its own, and more
     * loops than cores only add context switches.
     */
    private static int ioThreads(ProvisioningServerSettings settings) {
        return settings.ioThreads() > 0 ? settings.ioThreads() : Runtime.getRuntime().availableProcessors();
    }

    private static Channel bind(Transport transport, EventLoopGroup bossGroup, EventLoopGroup ioGroup, String host,
                                int port, ChannelInitializer<SocketChannel> initializer) {
        final ServerBootstrap bootstrap = new ServerBootstrap()
                .group(bossGroup, ioGroup)
                .channel(transport.serverChannel())
                .option(ChannelOption.SO_BACKLOG, 4096)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(initializer);
        try {
            return bootstrap.bind(host, port).syncUninterruptibly().channel();
        } catch (RuntimeException e) {
            throw new ProvisioningServerException("cannot listen on " + host + ':' + port + ": " + e.getMessage(), e);
        }
    }

    /** Where the TLS listener listens, with the actual port when 0 was asked for. */
    public InetSocketAddress address() {
        return (InetSocketAddress) secureChannel.localAddress();
    }

    /** Where the plain-HTTP listener listens, or null when it is off. */
    public @Nullable InetSocketAddress plainAddress() {
        return plainChannel == null ? null : (InetSocketAddress) plainChannel.localAddress();
    }

    /**
     * Stops accepting connections, lets requests in progress finish within {@code grace}, writes
     * the queued events and closes everything. A second call does nothing.
     */
    public void stop(Duration grace) {
        requireNonNull(grace, "grace");
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        keyCheck.cancel(false);
        subscription.close();
        secureChannel.close().syncUninterruptibly();
        if (plainChannel != null) {
            plainChannel.close().syncUninterruptibly();
        }
        // Workers hand their answers to the event loops, and the loops queue events and log lines
        // as they answer, so each stage stops only after the one feeding it.
        components.stopWorkers(grace);
        final long quiet = Math.min(grace.toMillis(), 100);
        bossGroup.shutdownGracefully(0, grace.toMillis(), TimeUnit.MILLISECONDS);
        ioGroup.shutdownGracefully(quiet, Math.max(quiet, grace.toMillis()), TimeUnit.MILLISECONDS)
               .awaitUninterruptibly(grace.toMillis() + 1000);
        components.stopRecording(grace);
        logger.info("Provisioning server on {} stopped", secureChannel.localAddress());
    }
}
