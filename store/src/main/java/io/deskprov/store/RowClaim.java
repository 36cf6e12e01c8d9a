package io.deskprov.store;

import static java.util.Objects.requireNonNull;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Claims due rows of a work queue (orders to run, mails to send) so that transactions running at
 * the same time, on one node or on several, never take the same row: each row is locked with
 * {@code FOR UPDATE SKIP LOCKED}, so a row another transaction holds is passed over, not waited for.
 *
 * <p>Candidates are read first without locks and then locked one by one, the condition checked
 * again under the lock. H2 locks every row a locking query reads before it sorts and cuts to
 * the limit, so one locking query would make a second claimer skip every due row, taken or not.
 * On PostgreSQL the extra round trips are few, since claims are small.
 */
public final class RowClaim {
    private RowClaim() {
    }

    /**
     * Locks up to {@code limit} rows of {@code table} that meet {@code condition}, lowest id first,
     * and returns their ids; they stay locked until {@code tx} ends. Fewer come back when other
     * transactions hold some of the candidates; a later claim finds the rest.
     *
     * @param condition an SQL condition on the table's columns, with {@code args} for its parameters
     */
    public static List<Long> claim(Tx tx, String table, String condition, int limit, @Nullable Object... args)
            throws SQLException {
        requireNonNull(table, "table");
        requireNonNull(condition, "condition");
        if (limit < 1) {
            throw new IllegalArgumentException("limit: " + limit + " (expected: >= 1)");
        }
        final List<Long> candidates = tx.query(
                "SELECT id FROM " + table + " WHERE " + condition + " ORDER BY id LIMIT ?",
                rs -> rs.getLong(1), append(args, limit));
        final List<Long> claimed = new ArrayList<>();
        for (long id : candidates) {
            final boolean locked = tx.queryOne(
                    "SELECT id FROM " + table + " WHERE id = ? AND (" + condition + ") FOR UPDATE SKIP LOCKED",
                    rs -> rs.getLong(1), prepend(id, args)).isPresent();
            if (locked) {
                claimed.add(id);
            }
        }
        return claimed;
    }

    private static @Nullable Object[] append(@Nullable Object[] args, Object last) {
        final Object[] all = new Object[args.length + 1];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = last;
        return all;
    }

    private static @Nullable Object[] prepend(Object first, @Nullable Object[] args) {
        final Object[] all = new Object[args.length + 1];
        all[0] = first;
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }
}
