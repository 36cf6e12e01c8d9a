package io.deskprov.provisioning.internal;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The server's meters, under {@code deskprov.provisioning.}. Tags are a few fixed values (file
 * kind, status, result); never a MAC, user or address.
 */
public final class ServerMetrics {
    static final String PREFIX = "deskprov.provisioning.";
    private static final int STATUS_SLOTS = 600;
    static final String REQUESTS = PREFIX + "requests";
    static final String HANDSHAKES = PREFIX + "tls.handshakes";
    static final String CACHE = PREFIX + "cache.lookups";
    static final String THROTTLED = PREFIX + "throttled.addresses";
    static final String CONNECTIONS = PREFIX + "connections.open";
    static final String REFUSED = PREFIX + "connections.refused";
    static final String REJECTED = PREFIX + "work.rejected";
    static final String DROPPED = PREFIX + "records.dropped";
    static final String ACCESS_DROPPED = PREFIX + "access.dropped";

    private final MeterRegistry registry;
    private final AtomicInteger openConnections = new AtomicInteger();
    // Indexed by file kind and status code, so that a request finds its timer without building a
    // key or a meter id: that costs more than the rest of a cached answer.
    private final AtomicReferenceArray<Timer> requestTimers =
            new AtomicReferenceArray<>(FileKind.values().length * STATUS_SLOTS);
    private final Counter cacheHits;
    private final Counter cacheMisses;
    private final Counter handshakeSuccesses;
    private final Counter handshakeFailures;
    private final Counter throttled;
    private final Counter refusedConnections;
    private final Counter rejectedWork;
    private final Counter droppedRecords;
    private final Counter droppedAccessLines;

    public ServerMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.cacheHits = counter(CACHE, "Device and file cache lookups", "result", "hit");
        this.cacheMisses = counter(CACHE, "Device and file cache lookups", "result", "miss");
        this.handshakeSuccesses = counter(HANDSHAKES, "TLS handshakes", "result", "success");
        this.handshakeFailures = counter(HANDSHAKES, "TLS handshakes", "result", "failure");
        this.throttled = counter(THROTTLED, "Addresses throttled after failed logins, once per episode");
        this.refusedConnections = counter(REFUSED, "Connections closed at once for being over the limit");
        this.rejectedWork = counter(REJECTED, "Requests answered 503 because every worker was busy");
        this.droppedRecords = counter(DROPPED, "Events and sightings dropped because their queue was full");
        this.droppedAccessLines = counter(ACCESS_DROPPED, "Access log lines dropped because their queue was full");
        Gauge.builder(CONNECTIONS, openConnections, AtomicInteger::get)
             .description("Connections open now")
             .register(registry);
    }

    private Counter counter(String name, String description, String... tags) {
        return Counter.builder(name).description(description).tags(tags).register(registry);
    }

    void request(FileKind kind, int status, Duration elapsed) {
        final int slot = kind.ordinal() * STATUS_SLOTS + Math.floorMod(status, STATUS_SLOTS);
        Timer timer = requestTimers.get(slot);
        if (timer == null) {
            // Registering again returns the same meter, so two loops racing here agree.
            timer = Timer.builder(REQUESTS)
                         .description("Requests answered, by file kind and status")
                         .tag("kind", kind.tag())
                         .tag("status", Integer.toString(status))
                         .publishPercentileHistogram()
                         .register(registry);
            requestTimers.set(slot, timer);
        }
        timer.record(elapsed);
    }

    void cacheLookup(boolean hit) {
        (hit ? cacheHits : cacheMisses).increment();
    }

    void handshake(boolean success) {
        (success ? handshakeSuccesses : handshakeFailures).increment();
    }

    void throttled() {
        throttled.increment();
    }

    AtomicInteger openConnections() {
        return openConnections;
    }

    void refusedConnection() {
        refusedConnections.increment();
    }

    void rejectedWork() {
        rejectedWork.increment();
    }

    void droppedRecord() {
        droppedRecords.increment();
    }

    void droppedAccessLine() {
        droppedAccessLines.increment();
    }
}
