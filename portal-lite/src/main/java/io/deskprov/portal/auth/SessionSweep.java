package io.deskprov.portal.auth;

import static java.util.Objects.requireNonNull;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.deskprov.store.Store;

/**
 * Removes expired login sessions, and with them their carts. A session is refused once expired
 * anyway; the sweep keeps those never used again from staying in the database.
 */
public final class SessionSweep {
    private static final Logger logger = LoggerFactory.getLogger(SessionSweep.class);

    private final Store store;
    private final Clock clock;

    public SessionSweep(Store store, Clock clock) {
        this.store = requireNonNull(store, "store");
        this.clock = requireNonNull(clock, "clock");
    }

    /** Removes the sessions expired by now; returns how many. */
    public int run() {
        final int removed = store.transaction(tx -> store.sessions().deleteExpired(tx, clock.instant()));
        if (removed > 0) {
            logger.debug("Removed {} expired login sessions", removed);
        }
        return removed;
    }
}
