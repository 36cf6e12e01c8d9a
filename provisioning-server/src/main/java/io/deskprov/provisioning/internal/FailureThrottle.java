package io.deskprov.provisioning.internal;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

/**
 * Counts failed logins per source address and, past the threshold within the window, refuses
 * the address for a while. Each episode is logged and counted once, when it starts. At most
 * {@code MAX_ADDRESSES} addresses are tracked; the least recently seen are forgotten first.
 */
final class FailureThrottle {
    private static final Logger logger = LoggerFactory.getLogger(FailureThrottle.class);
    private static final int MAX_ADDRESSES = 100_000;

    private final Clock clock;
    private final int threshold;
    private final Duration window;
    private final Duration blockDuration;
    private final Runnable onThrottled;
    private final Cache<InetAddress, Record> records;

    FailureThrottle(Clock clock, int threshold, Duration window, Duration blockDuration, Runnable onThrottled) {
        this.clock = clock;
        this.threshold = threshold;
        this.window = window;
        this.blockDuration = blockDuration;
        this.onThrottled = onThrottled;
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
        final Record record = records.get(address, key -> new Record());
        final boolean started;
        synchronized (record) {
            final Instant now = clock.instant();
            if (record.windowStart == null || !now.isBefore(record.windowStart.plus(window))) {
                record.windowStart = now;
                record.failures = 0;
            }
            record.failures++;
            final boolean blocked = record.blockedUntil != null && now.isBefore(record.blockedUntil);
            started = !blocked && record.failures >= threshold;
            if (started) {
                record.blockedUntil = now.plus(blockDuration);
                record.failures = 0;
                record.windowStart = null;
            }
        }
        if (started) {
            logger.warn("{}: {} failed logins within {}, refusing the address for {}",
                        address.getHostAddress(), threshold, window, blockDuration);
            onThrottled.run();
        }
    }

    /** Failures and block of one address; guarded by its own monitor. */
    private static final class Record {
        private @Nullable Instant windowStart;
        private int failures;
        private @Nullable Instant blockedUntil;
    }
}
