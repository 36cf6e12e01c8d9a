package io.deskprov.registrar;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sip.ListeningPoint;
import javax.sip.SipFactory;
import javax.sip.SipProvider;
import javax.sip.SipStack;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.deskprov.certs.tls.ReloadingKeyMaterial;
import io.deskprov.store.Store;
import io.deskprov.store.changes.ChangeFeed;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The SIP registrar: listens on UDP, TCP and (given key material) TLS, answers REGISTER and
 * OPTIONS, keeps bindings in the store, probes contacts and sends check-sync NOTIFYs. Made by
 * {@link #start}, ended by {@link #stop}.
 */
public final class Registrar implements AutoCloseable {
    private static final Logger logger = LoggerFactory.getLogger(Registrar.class);

    private final SipStack stack;
    private final ScheduledExecutorService scheduler;
    private final ChangeFeed.Subscription subscription;
    private final BindingWriter writer;
    private final CheckSync checkSync;
    private final Prober prober;
    private final Runnable sweep;
    private final AtomicBoolean stopped = new AtomicBoolean();

    private Registrar(Parts parts) {
        this.stack = parts.stack();
        this.scheduler = parts.scheduler();
        this.subscription = parts.subscription();
        this.writer = parts.writer();
        this.checkSync = parts.checkSync();
        this.prober = parts.prober();
        this.sweep = parts.sweep();
    }

    /**
     * Starts listening and the background work (write-behind, sweeping, probing, check-sync).
     *
     * @param tls the server certificate for the TLS listener, or null for no TLS
     * @throws RegistrarStartException if a port cannot be bound
     */
    public static Registrar start(RegistrarSettings settings, Store store, Clock clock, MeterRegistry meters,
                                  @Nullable ReloadingKeyMaterial tls) throws RegistrarStartException {
        requireNonNull(settings, "settings");
        requireNonNull(store, "store");
        requireNonNull(clock, "clock");
        requireNonNull(meters, "meters");
        final Parts parts = RegistrarAssembly.assemble(settings, store, clock, meters, tls);
        final Registrar registrar = new Registrar(parts);
        registrar.schedule(settings);
        logger.info("SIP registrar listening on {} udp {} tcp {} tls {}", settings.bindAddress(),
                    settings.udpPort(), settings.tcpPort(), tls == null ? "off" : settings.tlsPort());
        return registrar;
    }

    /**
     * Sends the device's registered contacts a check-sync NOTIFY now.
     *
     * @param reboot whether to ask Yealink phones to reboot (Polycom phones follow their own setting)
     * @return how many contacts were sent one; 0 when the device is not registered
     * @throws IllegalArgumentException if the device is unknown
     */
    public int checkSync(long deviceId, boolean reboot) {
        return checkSync.now(deviceId, reboot);
    }

    /** Writes collected binding changes now, as happens every write-behind interval. */
    void flushBindings() {
        writer.flush();
    }

    void probeNow() {
        prober.probeAll();
    }

    /** Stops listening, writes what is pending, and stops the background work; once, however often called. */
    public void stop() {
        if (stopped.getAndSet(true)) {
            return;
        }
        subscription.close();
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        writer.flush();
        checkSync.stop();
        stack.stop();
        logger.info("SIP registrar stopped");
    }

    @Override
    public void close() {
        stop();
    }

    private void schedule(RegistrarSettings settings) {
        every(settings.writeBehindInterval(), "write bindings", writer::flush);
        every(settings.checkSyncDelay(), "send check-sync", checkSync::flush);
        every(settings.probeInterval(), "probe contacts", prober::probeAll);
        every(settings.sweepInterval(), "sweep expired bindings", sweep);
    }

    void every(Duration interval, String what, Runnable task) {
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                logger.warn("could not {}; trying again in {}", what, interval, e);
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** What {@link RegistrarAssembly} builds. */
    record Parts(SipStack stack, ScheduledExecutorService scheduler, ChangeFeed.Subscription subscription,
                 BindingWriter writer, CheckSync checkSync, Prober prober, Runnable sweep) {
    }

    static ScheduledExecutorService newScheduler() {
        return Executors.newScheduledThreadPool(2, runnable -> {
            final Thread thread = new Thread(runnable, "sip-registrar-background");
            thread.setDaemon(true);
            return thread;
        });
    }

    static List<ListeningPoint> listen(SipStack stack, RegistrarSettings settings, boolean tls)
            throws RegistrarStartException {
        final List<ListeningPoint> points = new ArrayList<>();
        points.add(listen(stack, settings.bindAddress(), settings.udpPort(), ListeningPoint.UDP));
        points.add(listen(stack, settings.bindAddress(), settings.tcpPort(), ListeningPoint.TCP));
        if (tls) {
            points.add(listen(stack, settings.bindAddress(), settings.tlsPort(), ListeningPoint.TLS));
        }
        return points;
    }

    private static ListeningPoint listen(SipStack stack, String address, int port, String transport)
            throws RegistrarStartException {
        try {
            return stack.createListeningPoint(address, port, transport);
        } catch (Exception e) {
            throw new RegistrarStartException("cannot listen on " + address + ':' + port + '/' + transport
                                              + ": " + e.getMessage(), e);
        }
    }

    static SipProvider provider(SipStack stack, List<ListeningPoint> points) throws RegistrarStartException {
        try {
            final SipProvider provider = stack.createSipProvider(points.get(0));
            for (ListeningPoint point : points.subList(1, points.size())) {
                provider.addListeningPoint(point);
            }
            return provider;
        } catch (Exception e) {
            throw new RegistrarStartException("cannot make a SIP provider: " + e.getMessage(), e);
        }
    }

    static SipFactory factory() {
        return SipFactory.getInstance();
    }
}
