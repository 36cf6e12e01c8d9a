package io.deskprov.registrar;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sip.ResponseEvent;
import javax.sip.SipException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.deskprov.store.registration.RegistrationBinding;

/**
 * Sends an OPTIONS to every contact this node holds, each probe interval, and records whether an
 * answer came within the probe timeout (any answer, 4xx included, shows the phone is there) and
 * how long it took.
 */
final class Prober {
    private static final Logger logger = LoggerFactory.getLogger(Prober.class);

    private final OutboundRequests outbound;
    private final BindingView view;
    private final BindingWriter writer;
    private final RegistrarMetrics metrics;
    private final ScheduledExecutorService scheduler;
    private final Duration timeout;
    private final Clock clock;

    Prober(OutboundRequests outbound, BindingView view, BindingWriter writer, RegistrarMetrics metrics,
           ScheduledExecutorService scheduler, Duration timeout, Clock clock) {
        this.outbound = outbound;
        this.view = view;
        this.writer = writer;
        this.metrics = metrics;
        this.scheduler = scheduler;
        this.timeout = timeout;
        this.clock = clock;
    }

    void probeAll() {
        for (RegistrationBinding binding : view.active()) {
            probe(binding);
        }
    }

    private void probe(RegistrationBinding binding) {
        final AtomicBoolean done = new AtomicBoolean();
        final long started = System.nanoTime();
        try {
            outbound.send(outbound.create("OPTIONS", binding, binding.contactUri(), null), binding,
                          new OutboundRequests.Callback() {
                @Override
                public void response(ResponseEvent event) {
                    if (done.compareAndSet(false, true)) {
                        final long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                        record(binding, true, (int) Math.min(ms, Integer.MAX_VALUE));
                    }
                }

                @Override
                public void timeout() {
                    if (done.compareAndSet(false, true)) {
                        record(binding, false, null);
                    }
                }
            });
        } catch (SipException | IllegalArgumentException e) {
            logger.debug("{} cannot be probed", binding.contactUri(), e);
            done.set(true);
            record(binding, false, null);
            return;
        }
        scheduler.schedule(() -> {
            if (done.compareAndSet(false, true)) {
                record(binding, false, null);
            }
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void record(RegistrationBinding binding, boolean reachable, @Nullable Integer roundTripMs) {
        metrics.probe(reachable);
        logger.debug("{} is {} ({} ms)", binding.contactUri(), reachable ? "reachable" : "unreachable",
                     roundTripMs);
        final AccountBindings held = view.held(binding.sipAccountId());
        if (held == null) {
            return;
        }
        synchronized (held) {
            held.probed(binding.contactUri(), reachable, roundTripMs, clock.instant());
            held.handedToWriter(1);
            writer.add(new BindingWriter.Probe(binding.sipAccountId(), binding.contactUri(), reachable,
                                               roundTripMs, clock.instant()));
        }
    }
}
