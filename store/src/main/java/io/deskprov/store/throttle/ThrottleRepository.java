package io.deskprov.store.throttle;

import static java.util.Objects.requireNonNull;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.deskprov.store.Tx;
import io.deskprov.store.Upsert;

/**
 * Counts attempts per key in fixed windows. Counting is one atomic upsert, so attempts at once on
 * several nodes are all counted; the row stays locked until the caller's transaction ends, so the
 * count read back includes every attempt before this one. Every method runs in the caller's
 * transaction.
 */
public final class ThrottleRepository {
    private static final String ENDED = "current.ends_at <= excluded.started_at";
    private static final Upsert COUNT = new Upsert(
            "throttle_window",
            List.of("scope", "key_hash"),
            List.of("scope", "key_hash", "started_at", "ends_at", "attempts"),
            // Each right-hand side reads the stored row as it was, so all three see the old ends_at.
            List.of("attempts = CASE WHEN " + ENDED + " THEN 1 ELSE current.attempts + 1 END",
                    "started_at = CASE WHEN " + ENDED + " THEN excluded.started_at ELSE current.started_at END",
                    "ends_at = CASE WHEN " + ENDED + " THEN excluded.ends_at ELSE current.ends_at END"));
    private static final int MAX_SCOPE = 40;
    private static final int MAX_KEY = 64;

    /**
     * Counts one attempt for the key: the first in a window, or once the window has ended, starts a
     * new window of {@code window} from {@code now}.
     *
     * @param scope what is counted, such as {@code login-address}
     * @param keyHash whom it is counted for, hashed by the caller
     * @throws io.deskprov.store.ConstraintViolationException naming {@code throttle_window_pk} when
     *         on H2 another transaction counted the key's very first attempt at the same moment;
     *         counting again then finds the row
     */
    public ThrottleWindow count(Tx tx, String scope, String keyHash, Instant now, Duration window)
            throws SQLException {
        checkText("scope", scope, MAX_SCOPE);
        checkText("keyHash", keyHash, MAX_KEY);
        requireNonNull(now, "now");
        requireNonNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window: " + window + " (expected: > 0)");
        }
        tx.update(COUNT.sql(tx.engine()), scope, keyHash, now, now.plus(window), 1);
        return tx.queryOne("SELECT attempts, ends_at FROM throttle_window WHERE scope = ? AND key_hash = ?",
                           rs -> new ThrottleWindow(rs.getInt("attempts"), Tx.requiredInstant(rs, "ends_at")),
                           scope, keyHash).orElseThrow();
    }

    /** Removes the windows that ended by {@code now}; returns how many. */
    public int deleteEnded(Tx tx, Instant now) throws SQLException {
        return tx.update("DELETE FROM throttle_window WHERE ends_at <= ?", requireNonNull(now, "now"));
    }

    private static void checkText(String name, String value, int max) {
        requireNonNull(value, name);
        if (value.isBlank() || value.length() > max) {
            throw new IllegalArgumentException(name + ": '" + value + "' (expected: 1 to " + max + " characters)");
        }
    }
}
