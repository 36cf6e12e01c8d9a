package io.deskprov.portal.auth;

import static java.util.Objects.requireNonNull;

import java.time.Clock;

import io.deskprov.portal.ThrottleLimit;
import io.deskprov.portal.http.ApiException;
import io.deskprov.store.ConstraintViolationException;
import io.deskprov.store.Store;
import io.deskprov.store.throttle.ThrottleWindow;
import io.netty.handler.codec.http.HttpResponseStatus;

/**
 * Counts attempts per key in fixed windows and refuses those over the limit with 429. The counts
 * live in the store, so portals sharing a database share the limit: a client spreading its
 * attempts over nodes gets no more tries. Keys are stored as hashes.
 */
public final class Throttle {
    private static final String FIRST_ATTEMPT_RACE = "throttle_window_pk";

    private final String scope;
    private final String what;
    private final ThrottleLimit limit;
    private final Store store;
    private final Clock clock;

    /**
     * @param scope what is counted, kept with the counts, such as {@code login-address}
     * @param what how the refusal names the attempts, such as {@code login}
     */
    public Throttle(String scope, String what, ThrottleLimit limit, Store store, Clock clock) {
        this.scope = requireNonNull(scope, "scope");
        this.what = requireNonNull(what, "what");
        this.limit = requireNonNull(limit, "limit");
        this.store = requireNonNull(store, "store");
        this.clock = requireNonNull(clock, "clock");
    }

    /**
     * Counts one attempt for the key.
     *
     * @throws ApiException 429 {@code TOO_MANY_REQUESTS} once the key is over its limit in this window
     */
    public void acquire(String key) {
        final ThrottleWindow window = count(Secrets.sha256(key));
        if (window.attempts() > limit.max()) {
            throw new ApiException(HttpResponseStatus.TOO_MANY_REQUESTS, "TOO_MANY_REQUESTS",
                                   "too many " + what + " attempts; try again after " + window.endsAt());
        }
    }

    private ThrottleWindow count(String keyHash) {
        try {
            return countOnce(keyHash);
        } catch (ConstraintViolationException e) {
            // On H2 two first attempts of a key at once may both insert; the row is there now.
            if (!FIRST_ATTEMPT_RACE.equals(e.constraint())) {
                throw e;
            }
            return countOnce(keyHash);
        }
    }

    private ThrottleWindow countOnce(String keyHash) {
        return store.transaction(tx -> store.throttles().count(tx, scope, keyHash, clock.instant(), limit.window()));
    }
}
