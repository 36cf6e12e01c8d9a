package io.deskprov.store.sip;

import static java.util.Objects.requireNonNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.deskprov.store.SecretBox;
import io.deskprov.store.Tx;
import io.deskprov.store.changes.Change;
import io.deskprov.store.changes.ChangeFeed;

/**
 * SIP accounts of workplaces. Secrets are sealed with the {@link SecretBox} and only opened by
 * {@link #secret}. Every change is published for the workplace, whose phones carry the account.
 * Every method runs in the caller's transaction.
 */
public final class SipAccountRepository {
    private static final String SELECT = "SELECT id, workplace_id, username, auth_username, domain, display_name,"
                                         + " created_at FROM sip_account";

    private final Clock clock;
    private final SecretBox secrets;
    private final ChangeFeed changes;

    public SipAccountRepository(Clock clock, SecretBox secrets, ChangeFeed changes) {
        this.clock = requireNonNull(clock, "clock");
        this.secrets = requireNonNull(secrets, "secrets");
        this.changes = requireNonNull(changes, "changes");
    }

    /** Adds an account; an address-of-record or auth name taken in the domain is refused by the schema. */
    public SipAccount create(Tx tx, NewSipAccount account) throws SQLException {
        requireNonNull(account, "account");
        final long id = tx.insert(
                "INSERT INTO sip_account (workplace_id, username, auth_username, domain, display_name, secret,"
                + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                account.workplaceId(), account.username(), account.authUsername(), account.domain(),
                account.displayName(), secrets.seal(account.secret()), clock.instant());
        changes.publish(tx, Change.workplace(account.workplaceId()));
        return find(tx, id).orElseThrow();
    }

    public Optional<SipAccount> find(Tx tx, long id) throws SQLException {
        return tx.queryOne(SELECT + " WHERE id = ?", SipAccountRepository::account, id);
    }

    /** The account a REGISTER's To header names; the domain is matched without regard to case. */
    public Optional<SipAccount> findByAor(Tx tx, String domain, String username) throws SQLException {
        return tx.queryOne(SELECT + " WHERE domain = ? AND username = ?", SipAccountRepository::account,
                           domain.toLowerCase(Locale.ROOT), username);
    }

    /** The account a digest Authorization header names. */
    public Optional<SipAccount> findByAuth(Tx tx, String domain, String authUsername) throws SQLException {
        return tx.queryOne(SELECT + " WHERE domain = ? AND auth_username = ?", SipAccountRepository::account,
                           domain.toLowerCase(Locale.ROOT), authUsername);
    }

    public List<SipAccount> listForWorkplace(Tx tx, long workplaceId) throws SQLException {
        return tx.query(SELECT + " WHERE workplace_id = ? ORDER BY id", SipAccountRepository::account, workplaceId);
    }

    /** The digest password in clear, for the registrar's check and the phone's configuration. */
    public Optional<String> secret(Tx tx, long id) throws SQLException {
        return tx.queryOne("SELECT secret FROM sip_account WHERE id = ?", rs -> rs.getString(1), id)
                 .map(secrets::open);
    }

    /** Replaces the digest password; returns whether the account exists. */
    public boolean changeSecret(Tx tx, long id, String secret) throws SQLException {
        requireNonNull(secret, "secret");
        NewSipAccount.checkSecret(secret);
        final Optional<Long> workplace = workplaceOf(tx, id);
        if (workplace.isEmpty()) {
            return false;
        }
        tx.update("UPDATE sip_account SET secret = ? WHERE id = ?", secrets.seal(secret), id);
        changes.publish(tx, Change.workplace(workplace.get()));
        return true;
    }

    /**
     * Gives the account a new user part and display name, as when the person it belongs to got
     * another number or name; returns whether the account exists. Its phones register under the
     * new address once they have fetched their changed configuration. A user part taken in the
     * domain is refused by the schema ({@code sip_account_aor_unique}).
     */
    public boolean rename(Tx tx, long id, String username, String displayName) throws SQLException {
        requireNonNull(username, "username");
        requireNonNull(displayName, "displayName");
        NewSipAccount.checkUsername(username);
        final Optional<Long> workplace = workplaceOf(tx, id);
        if (workplace.isEmpty()) {
            return false;
        }
        tx.update("UPDATE sip_account SET username = ?, display_name = ? WHERE id = ?", username, displayName, id);
        changes.publish(tx, Change.workplace(workplace.get()));
        return true;
    }

    /** Removes the account and its registrations; returns whether it existed. */
    public boolean delete(Tx tx, long id) throws SQLException {
        final Optional<Long> workplace = workplaceOf(tx, id);
        if (workplace.isEmpty()) {
            return false;
        }
        tx.update("DELETE FROM sip_account WHERE id = ?", id);
        changes.publish(tx, Change.workplace(workplace.get()));
        return true;
    }

    private static Optional<Long> workplaceOf(Tx tx, long id) throws SQLException {
        return tx.queryOne("SELECT workplace_id FROM sip_account WHERE id = ?", rs -> rs.getLong(1), id);
    }

    private static SipAccount account(ResultSet rs) throws SQLException {
        return new SipAccount(rs.getLong("id"), rs.getLong("workplace_id"), rs.getString("username"),
                              rs.getString("auth_username"), rs.getString("domain"), rs.getString("display_name"),
                              Tx.requiredInstant(rs, "created_at"));
    }
}
