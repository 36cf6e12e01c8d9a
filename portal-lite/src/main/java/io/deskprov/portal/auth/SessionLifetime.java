package io.deskprov.portal.auth;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a login session lasts: until it has been idle for {@code idle}, and never longer than
 * {@code max} after login, however active it is.
 */
public record SessionLifetime(Duration idle, Duration max) {

    public SessionLifetime {
        requireNonNull(idle, "idle");
        requireNonNull(max, "max");
    }

    /** When a session that began at {@code createdAt} and is used at {@code now} ends. */
    public Instant expiry(Instant createdAt, Instant now) {
        final Instant idleEnd = now.plus(idle);
        final Instant hardEnd = createdAt.plus(max);
        return idleEnd.isBefore(hardEnd) ? idleEnd : hardEnd;
    }
}
