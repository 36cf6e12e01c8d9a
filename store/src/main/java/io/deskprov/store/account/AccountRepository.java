package io.deskprov.store.account;

import static java.util.Objects.requireNonNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import io.deskprov.store.Tx;

/**
 * Accounts, their roles and their password state. Hashes go in and out as given; making and
 * checking them is the caller's task. Every method runs in the caller's transaction, and every
 * method taking an account id returns false (or empty) when there is no such account.
 */
public final class AccountRepository {
    private static final String SELECT = "SELECT id, username, email, state, failed_logins, locked_until,"
                                         + " password_changed_at, created_at FROM account";

    private final Clock clock;

    public AccountRepository(Clock clock) {
        this.clock = requireNonNull(clock, "clock");
    }

    /**
     * Creates a pending account with the given roles; the username is stored in lower case.
     *
     * @throws IllegalArgumentException if the username is malformed
     */
    public Account create(Tx tx, String username, String email, List<Role> roles) throws SQLException {
        requireNonNull(email, "email");
        requireNonNull(roles, "roles");
        final long id = tx.insert("INSERT INTO account (username, email, state, created_at) VALUES (?, ?, ?, ?)",
                                  Account.normalizeUsername(username), email, AccountState.PENDING, clock.instant());
        for (Role role : roles) {
            grantRole(tx, id, role);
        }
        return find(tx, id).orElseThrow();
    }

    /** How many accounts hold the role, in any scope. */
    public long countWithRole(Tx tx, RoleName role) throws SQLException {
        return tx.queryOne("SELECT COUNT(DISTINCT account_id) FROM account_role WHERE role = ?",
                           rs -> rs.getLong(1), role).orElse(0L);
    }

    public Optional<Account> find(Tx tx, long id) throws SQLException {
        return withRoles(tx, tx.queryOne(SELECT + " WHERE id = ?", AccountRepository::account, id));
    }

    /** Finds an account whatever the case the username is typed in; a malformed name finds nothing. */
    public Optional<Account> findByUsername(Tx tx, String username) throws SQLException {
        final String normalized;
        try {
            normalized = Account.normalizeUsername(username);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return withRoles(tx, tx.queryOne(SELECT + " WHERE username = ?", AccountRepository::account, normalized));
    }

    /** Accounts with a role in the company (admins and users), by username. */
    public List<Account> listForCompany(Tx tx, long companyId) throws SQLException {
        final List<Account> accounts = new ArrayList<>();
        for (Account account : tx.query(SELECT + " WHERE id IN (SELECT account_id FROM account_role"
                                        + " WHERE company_id = ?) ORDER BY username",
                                        AccountRepository::account, companyId)) {
            accounts.add(withRoles(tx, account));
        }
        return accounts;
    }

    /** Grants a role; an account holds each role name once, so a second admin role is refused by the schema. */
    public void grantRole(Tx tx, long accountId, Role role) throws SQLException {
        requireNonNull(role, "role");
        tx.update("INSERT INTO account_role (account_id, role, company_id, workplace_id) VALUES (?, ?, ?, ?)",
                  accountId, role.role(), role.companyId(), role.workplaceId());
    }

    /** Takes a role away; returns whether the account held it. */
    public boolean revokeRole(Tx tx, long accountId, RoleName role) throws SQLException {
        return tx.update("DELETE FROM account_role WHERE account_id = ? AND role = ?", accountId, role) == 1;
    }

    public boolean setEmail(Tx tx, long accountId, String email) throws SQLException {
        requireNonNull(email, "email");
        return tx.update("UPDATE account SET email = ? WHERE id = ?", email, accountId) == 1;
    }

    /** Renames the account; a name taken in any case is refused by the schema. */
    public boolean setUsername(Tx tx, long accountId, String username) throws SQLException {
        return tx.update("UPDATE account SET username = ? WHERE id = ?",
                         Account.normalizeUsername(username), accountId) == 1;
    }

    public boolean setState(Tx tx, long accountId, AccountState state) throws SQLException {
        requireNonNull(state, "state");
        return tx.update("UPDATE account SET state = ? WHERE id = ?", state, accountId) == 1;
    }

    /**
     * Counts a failed login and, when {@code lockUntil} is given, refuses logins until then.
     * Null leaves an existing lock as it is.
     *
     * @return the failures counted since the last reset, or empty if there is no such account
     */
    public Optional<Integer> recordFailedLogin(Tx tx, long accountId, @Nullable Instant lockUntil)
            throws SQLException {
        if (lockUntil == null) {
            tx.update("UPDATE account SET failed_logins = failed_logins + 1 WHERE id = ?", accountId);
        } else {
            tx.update("UPDATE account SET failed_logins = failed_logins + 1, locked_until = ? WHERE id = ?",
                      lockUntil, accountId);
        }
        return tx.queryOne("SELECT failed_logins FROM account WHERE id = ?", rs -> rs.getInt(1), accountId);
    }

    /** Clears the failure count and any lock, after a successful login or an admin's unlock. */
    public boolean resetFailedLogins(Tx tx, long accountId) throws SQLException {
        return tx.update("UPDATE account SET failed_logins = 0, locked_until = NULL WHERE id = ?", accountId) == 1;
    }

    private static Optional<Account> withRoles(Tx tx, Optional<Account> account) throws SQLException {
        return account.isEmpty() ? account : Optional.of(withRoles(tx, account.get()));
    }

    private static Account withRoles(Tx tx, Account account) throws SQLException {
        final List<Role> roles = tx.query(
                "SELECT role, company_id, workplace_id FROM account_role WHERE account_id = ? ORDER BY role",
                rs -> new Role(RoleName.valueOf(rs.getString("role")), Tx.nullableLong(rs, "company_id"),
                               Tx.nullableLong(rs, "workplace_id")),
                account.id());
        return new Account(account.id(), account.username(), account.email(), account.state(), roles,
                           account.failedLogins(), account.lockedUntil(), account.passwordChangedAt(),
                           account.createdAt());
    }

    private static Account account(ResultSet rs) throws SQLException {
        return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("email"),
                           AccountState.valueOf(rs.getString("state")), List.of(), rs.getInt("failed_logins"),
                           Tx.instant(rs, "locked_until"), Tx.instant(rs, "password_changed_at"),
                           Tx.requiredInstant(rs, "created_at"));
    }
}
