package io.deskprov.portal;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/** At most {@code max} attempts per key within each {@code window}. */
public record ThrottleLimit(int max, Duration window) {

    public ThrottleLimit {
        requireNonNull(window, "window");
        if (max < 1) {
            throw new IllegalArgumentException("max: " + max + " (expected: >= 1)");
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window: " + window + " (expected: > 0)");
        }
    }
}
