package io.deskprov.store.account;

import static java.util.Objects.requireNonNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import io.deskprov.store.Tx;

/**
 * API tokens for automation. Only a hash of each token is kept, so a token is looked up by the
 * hash of what a client presents. Every method runs in the caller's transaction.
 */
public final class ApiTokenRepository {
    private static final String SELECT = "SELECT id, account_id, name, created_at, last_used_at, revoked_at"
                                         + " FROM api_token";

    private final Clock clock;

    public ApiTokenRepository(Clock clock) {
        this.clock = requireNonNull(clock, "clock");
    }

    /** Records a new token by its hash; a hash already known is refused by the schema. */
    public ApiToken create(Tx tx, long accountId, String name, String tokenHash) throws SQLException {
        requireNonNull(name, "name");
        requireNonNull(tokenHash, "tokenHash");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name: must not be blank");
        }
        final long id = tx.insert("INSERT INTO api_token (account_id, name, token_hash, created_at)"
                                  + " VALUES (?, ?, ?, ?)", accountId, name, tokenHash, clock.instant());
        return tx.queryOne(SELECT + " WHERE id = ?", ApiTokenRepository::token, id).orElseThrow();
    }

    /** The token with this hash unless it was revoked. */
    public Optional<ApiToken> findActiveByHash(Tx tx, String tokenHash) throws SQLException {
        return tx.queryOne(SELECT + " WHERE token_hash = ? AND revoked_at IS NULL",
                           ApiTokenRepository::token, tokenHash);
    }

    /** The account's tokens, revoked ones included, oldest first. */
    public List<ApiToken> listForAccount(Tx tx, long accountId) throws SQLException {
        return tx.query(SELECT + " WHERE account_id = ? ORDER BY created_at, id", ApiTokenRepository::token,
                        accountId);
    }

    /** Notes that the token was used now; returns whether it exists. */
    public boolean touch(Tx tx, long tokenId) throws SQLException {
        return tx.update("UPDATE api_token SET last_used_at = ? WHERE id = ?", clock.instant(), tokenId) == 1;
    }

    /** Revokes the token now; returns false if it does not exist or was revoked before. */
    public boolean revoke(Tx tx, long tokenId) throws SQLException {
        return tx.update("UPDATE api_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
                         clock.instant(), tokenId) == 1;
    }

    private static ApiToken token(ResultSet rs) throws SQLException {
        return new ApiToken(rs.getLong("id"), rs.getLong("account_id"), rs.getString("name"),
                            Tx.requiredInstant(rs, "created_at"), Tx.instant(rs, "last_used_at"),
                            Tx.instant(rs, "revoked_at"));
    }
}
