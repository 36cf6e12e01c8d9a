package io.deskprov.portal.auth;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.deskprov.portal.ThrottleLimit;
import io.deskprov.portal.http.ApiException;
import io.netty.handler.codec.http.HttpResponseStatus;

/**
 * Counts attempts per key in fixed windows and refuses those over the limit with 429.
 * TODO: the counts live in this node's memory, so with several nodes each allows the limit;
 * a client spreading its attempts over nodes gets that many more tries.
 */
public final class Throttle {
    private final String name;
    private final ThrottleLimit limit;
    private final Clock clock;
    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

    public Throttle(String name, ThrottleLimit limit, Clock clock) {
        this.name = requireNonNull(name, "name");
        this.limit = requireNonNull(limit, "limit");
        this.clock = requireNonNull(clock, "clock");
    }

    /**
     * Counts one attempt for the key.
     *
     * @throws ApiException 429 {@code TOO_MANY_REQUESTS} once the key is over its limit in this window
     */
    public void acquire(String key) {
        final Instant now = clock.instant();
        final Window window = windows.compute(key, (k, w) -> w == null || !now.isBefore(w.end())
                ? new Window(now.plus(limit.window()), 1) : new Window(w.end(), w.count() + 1));
        if (window.count() > limit.max()) {
            throw new ApiException(HttpResponseStatus.TOO_MANY_REQUESTS, "TOO_MANY_REQUESTS",
                                   "too many " + name + " attempts; try again after " + window.end());
        }
        if (windows.size() > 100_000) {
            windows.values().removeIf(w -> !now.isBefore(w.end()));
        }
    }

    private record Window(Instant end, int count) {
    }
}
