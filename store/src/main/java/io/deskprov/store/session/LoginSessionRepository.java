package io.deskprov.store.session;

import static java.util.Objects.requireNonNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import io.deskprov.store.Tx;
import io.deskprov.store.account.RoleName;

/**
 * Login sessions, shared by every node so that any node can serve any request. Deleting a session
 * deletes its cart with it. Every method runs in the caller's transaction.
 */
public final class LoginSessionRepository {
    private static final String SELECT = "SELECT id, account_id, active_role, csrf_token_hash, created_at,"
                                         + " last_seen_at, expires_at, source_address FROM login_session";

    private final Clock clock;

    public LoginSessionRepository(Clock clock) {
        this.clock = requireNonNull(clock, "clock");
    }

    /** Starts a session; an id hash already in use is refused by the schema. */
    public LoginSession create(Tx tx, String idHash, long accountId, RoleName activeRole, String csrfHash,
                               Instant expiresAt, @Nullable String sourceAddress) throws SQLException {
        requireNonNull(idHash, "idHash");
        requireNonNull(activeRole, "activeRole");
        requireNonNull(csrfHash, "csrfHash");
        requireNonNull(expiresAt, "expiresAt");
        final Instant now = clock.instant();
        tx.update("INSERT INTO login_session (id, account_id, active_role, csrf_token_hash, created_at,"
                  + " last_seen_at, expires_at, source_address) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                  idHash, accountId, activeRole, csrfHash, now, now, expiresAt, sourceAddress);
        return find(tx, idHash).orElseThrow();
    }

    /** The session, expired or not: whether it still counts is the caller's decision. */
    public Optional<LoginSession> find(Tx tx, String idHash) throws SQLException {
        return tx.queryOne(SELECT + " WHERE id = ?", LoginSessionRepository::session, idHash);
    }

    /** Notes activity now and moves the expiry; returns whether the session exists. */
    public boolean touch(Tx tx, String idHash, Instant newExpiry) throws SQLException {
        requireNonNull(newExpiry, "newExpiry");
        return tx.update("UPDATE login_session SET last_seen_at = ?, expires_at = ? WHERE id = ?",
                         clock.instant(), newExpiry, idHash) == 1;
    }

    /** Switches the role the user acts in; checking that the account holds it is the caller's task. */
    public boolean switchRole(Tx tx, String idHash, RoleName role) throws SQLException {
        requireNonNull(role, "role");
        return tx.update("UPDATE login_session SET active_role = ? WHERE id = ?", role, idHash) == 1;
    }

    /** Ends the session, and its cart with it; returns whether it existed. */
    public boolean delete(Tx tx, String idHash) throws SQLException {
        return tx.update("DELETE FROM login_session WHERE id = ?", idHash) == 1;
    }

    /** Ends every session expired at {@code now}; returns how many there were. */
    public int deleteExpired(Tx tx, Instant now) throws SQLException {
        return tx.update("DELETE FROM login_session WHERE expires_at <= ?", requireNonNull(now, "now"));
    }

    private static LoginSession session(ResultSet rs) throws SQLException {
        return new LoginSession(rs.getString("id"), rs.getLong("account_id"),
                                RoleName.valueOf(rs.getString("active_role")), rs.getString("csrf_token_hash"),
                                Tx.requiredInstant(rs, "created_at"), Tx.requiredInstant(rs, "last_seen_at"),
                                Tx.requiredInstant(rs, "expires_at"), rs.getString("source_address"));
    }
}
