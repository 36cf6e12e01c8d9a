package io.deskprov.store.account;

import static java.util.Objects.requireNonNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.deskprov.store.Tx;

/**
 * The password hashes of accounts: the current one, the history that forbids reusing recent
 * ones, and the one-time temporary password. Hashes go in and out as given. Every method runs in
 * the caller's transaction; one that takes an account id returns false (or empty) for none.
 */
public final class PasswordRepository {
    private final Clock clock;

    public PasswordRepository(Clock clock) {
        this.clock = requireNonNull(clock, "clock");
    }

    /** The current password hash, empty if the account has none yet or does not exist. */
    public Optional<String> passwordHash(Tx tx, long accountId) throws SQLException {
        return tx.queryOne("SELECT password_hash FROM account WHERE id = ? AND password_hash IS NOT NULL",
                           rs -> rs.getString(1), accountId);
    }

    /**
     * Sets a new password: records it in the history and clears any temporary password, which
     * has served its purpose once the user chose their own.
     */
    public boolean setPassword(Tx tx, long accountId, String newHash) throws SQLException {
        requireNonNull(newHash, "newHash");
        final Instant now = clock.instant();
        final boolean found = tx.update(
                "UPDATE account SET password_hash = ?, password_changed_at = ?, temp_password_hash = NULL,"
                + " temp_password_expires_at = NULL WHERE id = ?", newHash, now, accountId) == 1;
        if (found) {
            tx.update("INSERT INTO password_history (account_id, password_hash, set_at) VALUES (?, ?, ?)",
                      accountId, newHash, now);
        }
        return found;
    }

    /** The last {@code count} password hashes, newest first, the current one included. */
    public List<String> recentPasswordHashes(Tx tx, long accountId, int count) throws SQLException {
        if (count < 1) {
            throw new IllegalArgumentException("count: " + count + " (expected: >= 1)");
        }
        return tx.query("SELECT password_hash FROM password_history WHERE account_id = ?"
                        + " ORDER BY set_at DESC, id DESC LIMIT ?", rs -> rs.getString(1), accountId, count);
    }

    /** Sets a temporary password that works once, until {@code expiresAt}; replaces an earlier one. */
    public boolean setTemporaryPassword(Tx tx, long accountId, String hash, Instant expiresAt) throws SQLException {
        final TemporaryPassword temporary = new TemporaryPassword(hash, expiresAt);
        return tx.update("UPDATE account SET temp_password_hash = ?, temp_password_expires_at = ? WHERE id = ?",
                         temporary.hash(), temporary.expiresAt(), accountId) == 1;
    }

    /** The temporary password, expired or not; empty when there is none. */
    public Optional<TemporaryPassword> temporaryPassword(Tx tx, long accountId) throws SQLException {
        return tx.queryOne("SELECT temp_password_hash, temp_password_expires_at FROM account"
                           + " WHERE id = ? AND temp_password_hash IS NOT NULL",
                           PasswordRepository::temporaryPassword, accountId);
    }

    /**
     * Uses up the temporary password. Of two logins racing with it, only one sees {@code true}:
     * the clearing update is conditional on the password still being there.
     *
     * @return whether there was a temporary password to use up
     */
    public boolean consumeTemporaryPassword(Tx tx, long accountId) throws SQLException {
        return tx.update("UPDATE account SET temp_password_hash = NULL, temp_password_expires_at = NULL"
                         + " WHERE id = ? AND temp_password_hash IS NOT NULL", accountId) == 1;
    }

    private static TemporaryPassword temporaryPassword(ResultSet rs) throws SQLException {
        return new TemporaryPassword(rs.getString("temp_password_hash"),
                                     Tx.requiredInstant(rs, "temp_password_expires_at"));
    }
}
