package io.deskprov.registrar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.deskprov.store.Store;

/**
 * The lease in the store by which one node of those sharing the database sends the check-syncs
 * of feed changes, which every node hears. The holder renews it at each check-sync round; should
 * it stop or die, another node takes it over once it has expired.
 */
final class CheckSyncLease {
    private static final Logger logger = LoggerFactory.getLogger(CheckSyncLease.class);
    static final String NAME = "registrar.check-sync";
    /** Renewed every round, so it survives several missed rounds before another node takes over. */
    private static final int ROUNDS = 5;
    private static final Duration MIN_LIFETIME = Duration.ofSeconds(10);

    private final Store store;
    private final Clock clock;
    private final String holder;
    private final Duration lifetime;
    private boolean held;
    private boolean unreachable;

    CheckSyncLease(Store store, Clock clock, RegistrarSettings settings) {
        this.store = store;
        this.clock = clock;
        // Readable for an operator looking at the table; the random part tells restarts apart.
        this.holder = settings.bindAddress() + ':' + settings.udpPort() + '/'
                      + UUID.randomUUID().toString().substring(0, 8);
        final Duration rounds = settings.checkSyncDelay().multipliedBy(ROUNDS);
        this.lifetime = rounds.compareTo(MIN_LIFETIME) > 0 ? rounds : MIN_LIFETIME;
    }

    Duration lifetime() {
        return lifetime;
    }

    /**
     * Takes or renews the lease; whether this node holds it now. Without the database it holds
     * none (it could not find the contacts to tell either), logged once until it is back.
     */
    synchronized boolean hold() {
        final Instant now = clock.instant();
        final boolean holds;
        try {
            holds = store.transaction(tx -> store.leases().hold(tx, NAME, holder, now, now.plus(lifetime)));
        } catch (RuntimeException e) {
            if (!unreachable) {
                logger.warn("{} cannot reach the database for the check-sync lease; sends none until it can",
                            holder, e);
            }
            unreachable = true;
            held = false;
            return false;
        }
        unreachable = false;
        if (holds != held) {
            logger.info("{} {} sending check-syncs for the nodes sharing the database", holder,
                        holds ? "is now" : "is no longer");
        }
        held = holds;
        return holds;
    }

    /** Gives the lease up, so that another node sends check-syncs at once. */
    synchronized void release() {
        if (!held) {
            return;
        }
        try {
            store.inTransaction(tx -> store.leases().release(tx, NAME, holder, clock.instant()));
        } catch (RuntimeException e) {
            logger.warn("{} could not give up the check-sync lease; another node takes it once it expires",
                        holder, e);
        }
        held = false;
    }
}
