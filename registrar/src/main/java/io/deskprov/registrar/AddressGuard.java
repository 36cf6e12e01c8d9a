package io.deskprov.registrar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts failed authentications per source address and ignores an address that fails too often:
 * past the threshold within the window its requests go unanswered for the block duration, so a
 * password guesser learns nothing and costs us no database work. Each episode is logged once.
 */
final class AddressGuard {
    private static final Logger logger = LoggerFactory.getLogger(AddressGuard.class);
    private static final int MAX_TRACKED = 100_000;
    private static final String[] SCANNERS = {"friendly-scanner", "sipvicious", "sipcli", "sip-scan",
                                              "sundayddr", "iWar", "sipsak", "VaxSIPUserAgent"};

    /** Failures of one address in the current window, and until when it is blocked. */
    private static final class Record {
        Instant windowStart;
        int failures;
        @Nullable Instant blockedUntil;

        Record(Instant windowStart) {
            this.windowStart = windowStart;
        }
    }

    private final int threshold;
    private final Duration window;
    private final Duration blockDuration;
    private final Clock clock;
    private final RegistrarMetrics metrics;
    private final Map<String, Record> records = new ConcurrentHashMap<>();

    AddressGuard(RegistrarSettings settings, Clock clock, RegistrarMetrics metrics) {
        this.threshold = settings.authFailureThreshold();
        this.window = settings.authFailureWindow();
        this.blockDuration = settings.blockDuration();
        this.clock = clock;
        this.metrics = metrics;
    }

    boolean isBlocked(String address) {
        final Record record = records.get(address);
        if (record == null) {
            return false;
        }
        synchronized (record) {
            return record.blockedUntil != null && clock.instant().isBefore(record.blockedUntil);
        }
    }

    void failed(String address, String reason) {
        if (records.size() >= MAX_TRACKED) {
            forgetIdle();
        }
        final Instant now = clock.instant();
        final Record record = records.computeIfAbsent(address, a -> new Record(now));
        final boolean blockedNow;
        synchronized (record) {
            if (!now.isBefore(record.windowStart.plus(window))) {
                record.windowStart = now;
                record.failures = 0;
            }
            record.failures++;
            blockedNow = record.failures == threshold;
            if (blockedNow) {
                record.blockedUntil = now.plus(blockDuration);
            }
        }
        logger.debug("{} failed authentication: {}", address, reason);
        if (blockedNow) {
            metrics.addressBlocked();
            logger.warn("{} failed authentication {} times within {}; ignoring it for {}", address, threshold,
                        window, blockDuration);
        }
    }

    static boolean isScanner(@Nullable String userAgent) {
        if (userAgent == null) {
            return false;
        }
        final String lower = userAgent.toLowerCase(Locale.ROOT);
        for (String scanner : SCANNERS) {
            if (lower.contains(scanner.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    int blockedCount() {
        final Instant now = clock.instant();
        return (int) records.values().stream().filter(r -> {
            synchronized (r) {
                return r.blockedUntil != null && now.isBefore(r.blockedUntil);
            }
        }).count();
    }

    /** Forgets addresses neither blocked nor failing in the current window. */
    void forgetIdle() {
        final Instant now = clock.instant();
        records.values().removeIf(r -> {
            synchronized (r) {
                final boolean blocked = r.blockedUntil != null && now.isBefore(r.blockedUntil);
                return !blocked && !now.isBefore(r.windowStart.plus(window));
            }
        });
    }
}
