package io.deskprov.portal;

import static java.util.Objects.requireNonNull;

import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.deskprov.certs.tls.ReloadingKeyMaterial;
import io.deskprov.portal.device.CheckSync;
import io.deskprov.portal.http.PortalServer;
import io.deskprov.portal.http.Router;
import io.deskprov.store.Store;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The running portal: its HTTPS listener, the worker pool behind it and the background work that
 * sends mail and carries out orders. Settings are fixed once it starts.
 */
public final class Portal {
    private static final Logger logger = LoggerFactory.getLogger(Portal.class);

    private final PortalServer server;
    private final ExecutorService workers;
    private final ScheduledExecutorService background;
    private final Router router;

    private Portal(PortalServer server, ExecutorService workers, ScheduledExecutorService background,
                   Router router) {
        this.server = server;
        this.workers = workers;
        this.background = background;
        this.router = router;
    }

    /**
     * Starts the portal.
     *
     * @param sslContext serves the portal's certificate; see {@link #sslContext(ReloadingKeyMaterial)}
     * @throws IllegalStateException if the address cannot be bound
     */
    public static Portal start(PortalSettings settings, Store store, Clock clock, MeterRegistry meterRegistry,
                               SSLContext sslContext) {
        return start(settings, store, clock, meterRegistry, sslContext, null);
    }

    /**
     * Like {@link #start(PortalSettings, Store, Clock, MeterRegistry, SSLContext)}, with what
     * reaches phones when an admin asks one to resync or reboot.
     *
     * @param checkSync sends the request to the phone, or null to only record it
     */
    public static Portal start(PortalSettings settings, Store store, Clock clock, MeterRegistry meterRegistry,
                               SSLContext sslContext, @Nullable CheckSync checkSync) {
        requireNonNull(settings, "settings");
        requireNonNull(store, "store");
        requireNonNull(clock, "clock");
        requireNonNull(meterRegistry, "meterRegistry");
        requireNonNull(sslContext, "sslContext");
        final PortalParts parts = new PortalParts(settings, store, clock, meterRegistry, checkSync);
        final ExecutorService workers = Executors.newFixedThreadPool(settings.workerThreads(),
                                                                     named("portal-worker"));
        final ScheduledExecutorService background = Executors.newScheduledThreadPool(2, named("portal-background"));
        final PortalServer server;
        try {
            server = PortalServer.start(settings.address(), sslContext, settings.maxBodyBytes(), parts.router(),
                                        parts.authenticator(), workers, meterRegistry);
        } catch (RuntimeException e) {
            workers.shutdownNow();
            background.shutdownNow();
            throw e;
        }
        parts.schedule(background);
        logger.info("Portal started: address={}, mail={}", server.address(), settings.mail());
        return new Portal(server, workers, background, parts.router());
    }

    /** An SSL context that serves the key material's current certificate, following its reloads. */
    public static SSLContext sslContext(ReloadingKeyMaterial keyMaterial) {
        try {
            final SSLContext context = SSLContext.getInstance("TLS");
            context.init(new KeyManager[] {keyMaterial.keyManager()}, null, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the platform offers no TLS context", e);
        }
    }

    /** The bound address; with port 0 configured, the port actually chosen. */
    public InetSocketAddress address() {
        return server.address();
    }

    /** The routes served, for the API description's test. */
    public Router router() {
        return router;
    }

    /** Stops listening, lets requests and background work under way finish within a few seconds. */
    public void stop() {
        server.stop(Duration.ofSeconds(2));
        background.shutdown();
        workers.shutdown();
        try {
            background.awaitTermination(5, TimeUnit.SECONDS);
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        logger.info("Portal stopped");
    }

    private static ThreadFactory named(String prefix) {
        final AtomicInteger count = new AtomicInteger();
        return runnable -> {
            final Thread thread = new Thread(runnable, prefix + '-' + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
