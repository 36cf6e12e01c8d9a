package io.deskprov.provisioning.store;

import java.net.InetAddress;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicReference;

import io.deskprov.provisioning.FailureCounts;
import io.deskprov.store.Store;
import io.deskprov.store.throttle.WindowCounter;

/**
 * Failed provisioning logins counted in the store's throttle windows; addresses kept only as
 * hashes. Windows that ended are removed every few minutes while failures come in, since a node
 * without the portal has nobody else to remove them.
 */
public final class StoreFailureCounts implements FailureCounts {
    private static final Duration SWEEP_INTERVAL = Duration.ofMinutes(5);

    private final Store store;
    private final Clock clock;
    private final WindowCounter counter;
    private final AtomicReference<Instant> nextSweep;

    public StoreFailureCounts(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.counter = new WindowCounter(store, "provisioning-address", clock);
        this.nextSweep = new AtomicReference<>(clock.instant());
    }

    @Override
    public int failed(InetAddress address, Duration window) {
        sweepWhenDue();
        return counter.count(hash(address), window).attempts();
    }

    private void sweepWhenDue() {
        final Instant now = clock.instant();
        final Instant due = nextSweep.get();
        if (now.isBefore(due) || !nextSweep.compareAndSet(due, now.plus(SWEEP_INTERVAL))) {
            return;
        }
        store.inTransaction(tx -> store.throttles().deleteEnded(tx, now));
    }

    private static String hash(InetAddress address) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(address.getAddress()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
