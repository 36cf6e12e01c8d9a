package io.deskprov.store.lease;

import static java.util.Objects.requireNonNull;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import io.deskprov.store.Tx;
import io.deskprov.store.Upsert;

/**
 * Leases that let one node at a time do a job. A node holds a lease by renewing it before it
 * expires; once it has expired, any node may take it. Times are the callers': nodes whose clocks
 * disagree by more than the time between a holder's renewal and its expiry may both hold it for
 * a moment. Every method runs in the caller's transaction.
 */
public final class LeaseRepository {
    private static final int MAX_NAME = 40;
    private static final int MAX_HOLDER = 100;
    /** Makes the lease's row if it has none yet, free since it has already expired. */
    private static final Upsert CREATE = new Upsert("node_lease", List.of("name"),
                                                    List.of("name", "holder", "expires_at"),
                                                    List.of("expires_at = current.expires_at"));

    /**
     * Takes the lease for {@code holder} until {@code until}, or renews it if the holder has it
     * already; does nothing while another holder's lease runs at {@code now}.
     *
     * @return whether {@code holder} holds the lease now
     * @throws IllegalArgumentException if a name or holder is empty or too long, or {@code until} is not after now
     */
    public boolean hold(Tx tx, String name, String holder, Instant now, Instant until) throws SQLException {
        checkText("name", name, MAX_NAME);
        checkText("holder", holder, MAX_HOLDER);
        requireNonNull(now, "now");
        if (!until.isAfter(now)) {
            throw new IllegalArgumentException("until: " + until + " (expected: after now, " + now + ')');
        }
        if (tx.queryOne("SELECT name FROM node_lease WHERE name = ?", rs -> rs.getString(1), name).isEmpty()) {
            tx.execute(CREATE.sql(tx.engine()), name, "", now);
        }
        // One statement, so that of two nodes trying at once the second sees the first's lease.
        return tx.update("UPDATE node_lease SET holder = ?, expires_at = ?"
                         + " WHERE name = ? AND (holder = ? OR expires_at <= ?)",
                         holder, until, name, holder, now) == 1;
    }

    /** Gives the lease up if {@code holder} has it, so that another node may take it at once. */
    public void release(Tx tx, String name, String holder, Instant now) throws SQLException {
        tx.update("UPDATE node_lease SET expires_at = ? WHERE name = ? AND holder = ? AND expires_at > ?",
                  now, name, holder, now);
    }

    private static void checkText(String what, String value, int max) {
        requireNonNull(value, what);
        if (value.isEmpty() || value.length() > max) {
            throw new IllegalArgumentException(what + ": '" + value + "' (expected: 1 to " + max + " characters)");
        }
    }
}
