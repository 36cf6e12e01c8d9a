package io.deskprov.portal.auth;

import static java.util.Objects.requireNonNull;

import java.time.Clock;

import io.deskprov.portal.ThrottleLimit;
import io.deskprov.portal.http.ApiException;
import io.deskprov.store.Store;
import io.deskprov.store.throttle.ThrottleWindow;
import io.deskprov.store.throttle.WindowCounter;
import io.netty.handler.codec.http.HttpResponseStatus;

/**
 * Counts attempts per key in fixed windows and refuses those over the limit with 429. The counts
 * live in the store, so portals sharing a database share the limit: a client spreading its
 * attempts over nodes gets no more tries. Keys are stored as hashes.
 */
public final class Throttle {
    private final String what;
    private final ThrottleLimit limit;
    private final WindowCounter counter;

    /**
     * @param scope what is counted, kept with the counts, such as {@code login-address}
     * @param what how the refusal names the attempts, such as {@code login}
     */
    public Throttle(String scope, String what, ThrottleLimit limit, Store store, Clock clock) {
        this.what = requireNonNull(what, "what");
        this.limit = requireNonNull(limit, "limit");
        this.counter = new WindowCounter(store, scope, clock);
    }

    /**
     * Counts one attempt for the key.
     *
     * @throws ApiException 429 {@code TOO_MANY_REQUESTS} once the key is over its limit in this window
     */
    public void acquire(String key) {
        final ThrottleWindow window = counter.count(Secrets.sha256(key), limit.window());
        if (window.attempts() > limit.max()) {
            throw new ApiException(HttpResponseStatus.TOO_MANY_REQUESTS, "TOO_MANY_REQUESTS",
                                   "too many " + what + " attempts; try again after " + window.endsAt());
        }
    }
}
