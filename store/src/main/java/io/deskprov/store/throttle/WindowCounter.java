package io.deskprov.store.throttle;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;

import io.deskprov.store.ConstraintViolationException;
import io.deskprov.store.Store;

/**
 * Counts attempts of one scope in the store, each in a transaction of its own, so that every node
 * on the database sees the same counts: a client spreading its attempts over nodes gets no more.
 */
public final class WindowCounter {
    private static final String FIRST_ATTEMPT_RACE = "throttle_window_pk";

    private final Store store;
    private final String scope;
    private final Clock clock;

    /** @param scope what is counted, kept with the counts, such as {@code login-address} */
    public WindowCounter(Store store, String scope, Clock clock) {
        this.store = requireNonNull(store, "store");
        this.scope = requireNonNull(scope, "scope");
        this.clock = requireNonNull(clock, "clock");
    }

    /**
     * Counts one attempt for the key in its current window, or in a new one of {@code window}.
     *
     * @param keyHash whom it is counted for, hashed by the caller (the store keeps no addresses)
     * @return the window with this attempt counted
     */
    public ThrottleWindow count(String keyHash, Duration window) {
        try {
            return countOnce(keyHash, window);
        } catch (ConstraintViolationException e) {
            // On H2 two first attempts of a key at once may both insert; the row is there now.
            if (!FIRST_ATTEMPT_RACE.equals(e.constraint())) {
                throw e;
            }
            return countOnce(keyHash, window);
        }
    }

    private ThrottleWindow countOnce(String keyHash, Duration window) {
        return store.transaction(tx -> store.throttles().count(tx, scope, keyHash, clock.instant(), window));
    }
}
