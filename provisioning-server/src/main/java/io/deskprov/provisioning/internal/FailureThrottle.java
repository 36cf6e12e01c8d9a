package io.deskprov.provisioning.internal;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import io.deskprov.provisioning.FailureCounts;

/**
 * Counts failed logins per source address and, past the threshold within the window, refuses
 * the address for a while. Each failure is counted here at once, and in the shared counts on a
 * worker: the address is refused once it passes the threshold here or on all nodes together,
 * and while the database is away this node still counts on its own. Each episode is logged and
 * counted once on each node, when it starts there. At most {@code MAX_ADDRESSES} addresses are
 * tracked here; the least recently seen are forgotten first.
 */
final class FailureThrottle {
    private static final Logger logger = LoggerFactory.getLogger(FailureThrottle.class);
    private static final int MAX_ADDRESSES = 100_000;

    private final Clock clock;
    private final int threshold;
    private final Duration window;
    private final Duration blockDuration;
    private final Runnable onThrottled;
    private final FailureCounts shared;
    private final Consumer<Runnable> background;
    private final Cache<InetAddress, Record> records;

    /**
     * @param onThrottled told when an episode starts here
     * @param shared the counts of all nodes, asked through {@code background}
     * @param background runs a job off the event loop, or drops it when no worker is free
     */
    FailureThrottle(Clock clock, int threshold, Duration window, Duration blockDuration, Runnable onThrottled,
                    FailureCounts shared, Consumer<Runnable> background) {
        this.clock = clock;
        this.threshold = threshold;
        this.window = window;
        this.blockDuration = blockDuration;
        this.onThrottled = onThrottled;
        this.shared = shared;
        this.background = background;
        final Ticker ticker = () -> TimeUnit.MILLISECONDS.toNanos(clock.millis());
        this.records = Caffeine.newBuilder()
                               .ticker(ticker)
                               .maximumSize(MAX_ADDRESSES)
                               .expireAfterAccess(window.compareTo(blockDuration) > 0 ? window : blockDuration)
                               .build();
    }

    /** How long the address must still wait, or null when it may try. */
    @Nullable Duration retryAfter(InetAddress address) {
        final Record record = records.getIfPresent(address);
        if (record == null) {
            return null;
        }
        synchronized (record) {
            final Instant now = clock.instant();
            if (record.blockedUntil == null || !now.isBefore(record.blockedUntil)) {
                return null;
            }
            return Duration.between(now, record.blockedUntil);
        }
    }

    /** Notes a failed login from the address. */
    void failed(InetAddress address) {
        if (!countHere(address)) {
            background.accept(() -> countShared(address));
        }
    }

    /** Counts the failure on this node; true if it started a block. */
    private boolean countHere(InetAddress address) {
        final Record record = records.get(address, key -> new Record());
        final boolean started;
        synchronized (record) {
            final Instant now = clock.instant();
            if (record.windowStart == null || !now.isBefore(record.windowStart.plus(window))) {
                record.windowStart = now;
                record.failures = 0;
            }
            record.failures++;
            started = record.failures >= threshold && block(record, now);
        }
        if (started) {
            logger.warn("{}: {} failed logins within {}, refusing the address for {}",
                        address.getHostAddress(), threshold, window, blockDuration);
            onThrottled.run();
        }
        return started;
    }

    /** Counts the failure for all nodes; runs on a worker. */
    private void countShared(InetAddress address) {
        final int failures;
        try {
            failures = shared.failed(address, window);
        } catch (RuntimeException e) {
            // This node's own count still protects it while the database is away.
            logger.debug("Shared failure count unavailable: {}", e.toString());
            return;
        }
        if (failures < threshold) {
            return;
        }
        final Record record = records.get(address, key -> new Record());
        final boolean started;
        synchronized (record) {
            started = block(record, clock.instant());
        }
        if (started) {
            logger.warn("{}: {} failed logins within {} on all nodes together, refusing the address for {}",
                        address.getHostAddress(), failures, window, blockDuration);
            onThrottled.run();
        }
    }

    /** Starts a block unless one runs; true if it started one. Called holding the record's monitor. */
    private boolean block(Record record, Instant now) {
        if (record.blockedUntil != null && now.isBefore(record.blockedUntil)) {
            return false;
        }
        record.blockedUntil = now.plus(blockDuration);
        record.failures = 0;
        record.windowStart = null;
        return true;
    }

    /** Failures and block of one address; guarded by its own monitor. */
    private static final class Record {
        private @Nullable Instant windowStart;
        private int failures;
        private @Nullable Instant blockedUntil;
    }
}
