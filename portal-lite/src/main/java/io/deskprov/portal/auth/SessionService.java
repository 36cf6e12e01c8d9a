package io.deskprov.portal.auth;

import static java.util.Objects.requireNonNull;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.deskprov.portal.PortalSettings;
import io.deskprov.portal.http.ApiException;
import io.deskprov.store.Store;
import io.deskprov.store.Tx;
import io.deskprov.store.account.Account;
import io.deskprov.store.account.AccountState;
import io.deskprov.store.account.PasswordHasher;
import io.deskprov.store.account.Role;
import io.deskprov.store.account.RoleName;
import io.deskprov.store.account.TemporaryPassword;
import io.netty.handler.codec.http.HttpResponseStatus;

/**
 * Logins, logouts and role switches. A failed login says nothing about why, so that it does not
 * tell which usernames exist or which accounts are locked.
 */
public final class SessionService {
    private final Store store;
    private final Clock clock;
    private final PasswordHasher hasher;
    private final PortalSettings settings;
    private final Throttle addressThrottle;
    private final String unknownAccountHash;

    public SessionService(Store store, Clock clock, PasswordHasher hasher, PortalSettings settings) {
        this.store = requireNonNull(store, "store");
        this.clock = requireNonNull(clock, "clock");
        this.hasher = requireNonNull(hasher, "hasher");
        this.settings = requireNonNull(settings, "settings");
        this.addressThrottle = new Throttle("login-address", "login", settings.loginsPerAddress(), store, clock);
        // Checked against for unknown usernames, so that they take as long as known ones.
        this.unknownAccountHash = hasher.hash(Secrets.token());
    }

    /**
     * Logs in with the password or a temporary one.
     *
     * @throws ApiException 401 {@code LOGIN_FAILED} whatever the reason, 429 when the address is throttled
     */
    public LoginResult login(String username, String password, String address) {
        addressThrottle.acquire(address);
        final Optional<LoginResult> result = store.transaction(tx -> attempt(tx, username, password, address));
        return result.orElseThrow(() -> new ApiException(HttpResponseStatus.UNAUTHORIZED, "LOGIN_FAILED",
                                                         "username or password is wrong, or the account is locked"));
    }

    private Optional<LoginResult> attempt(Tx tx, String username, String password, String address)
            throws SQLException {
        final Optional<Account> found = store.accounts().findByUsername(tx, username);
        if (found.isEmpty()) {
            hasher.matches(password, unknownAccountHash);
            return Optional.empty();
        }
        final Account account = found.get();
        final Instant now = clock.instant();
        if (account.state() == AccountState.DISABLED || account.isLockedAt(now) || account.roles().isEmpty()) {
            hasher.matches(password, unknownAccountHash);
            return Optional.empty();
        }
        final boolean byPassword = store.passwords().passwordHash(tx, account.id())
                                        .map(hash -> hasher.matches(password, hash)).orElse(false);
        final boolean byTemporary = !byPassword && matchesTemporary(tx, account.id(), password, now);
        if (!byPassword && !byTemporary) {
            final boolean lock = account.failedLogins() + 1 >= settings.maxFailedLogins();
            store.accounts().recordFailedLogin(tx, account.id(), lock ? now.plus(settings.lockoutDuration()) : null);
            return Optional.empty();
        }

        store.accounts().resetFailedLogins(tx, account.id());
        if (byTemporary) {
            store.passwords().consumeTemporaryPassword(tx, account.id());
            // The temporary password only opens the way to choosing one's own.
            store.accounts().setState(tx, account.id(), AccountState.PENDING);
        }
        return Optional.of(open(tx, account, address, byTemporary || account.state() == AccountState.PENDING, now));
    }

    private boolean matchesTemporary(Tx tx, long accountId, String password, Instant now) throws SQLException {
        final Optional<TemporaryPassword> temporary = store.passwords().temporaryPassword(tx, accountId);
        return temporary.isPresent() && !temporary.get().isExpiredAt(now)
               && hasher.matches(password, temporary.get().hash());
    }

    private LoginResult open(Tx tx, Account account, String address, boolean mustSetPassword, Instant now)
            throws SQLException {
        final String cookie = Secrets.token();
        final String csrf = Secrets.token();
        final RoleName role = defaultRole(account.roles());
        store.sessions().create(tx, Secrets.sha256(cookie), account.id(), role, Secrets.sha256(csrf),
                                settings.sessionLifetime().expiry(now, now), address);
        final Caller caller = new Caller(account.id(), account.username(), role, account.roles(),
                                         Secrets.sha256(cookie), mustSetPassword, address);
        return new LoginResult(cookie, csrf, caller);
    }

    /** Ends the session and, with it, its cart. */
    public void logout(Caller caller) {
        final String session = caller.requiredSession();
        store.inTransaction(tx -> store.sessions().delete(tx, session));
    }

    /**
     * Switches the role the session acts in.
     *
     * @throws ApiException 403 {@code ROLE_NOT_HELD} if the account does not hold the role
     */
    public Caller switchRole(Caller caller, RoleName role) {
        final String session = caller.requiredSession();
        if (caller.roles().stream().noneMatch(r -> r.role() == role)) {
            throw ApiException.forbidden("ROLE_NOT_HELD", "the account does not hold the role " + role);
        }
        store.inTransaction(tx -> store.sessions().switchRole(tx, session, role));
        return new Caller(caller.accountId(), caller.username(), role, caller.roles(), session,
                          caller.mustSetPassword(), caller.sourceAddress());
    }

    /** The role a login starts in, and an API token acts in: the widest the account holds. */
    static RoleName defaultRole(List<Role> roles) {
        return roles.stream().map(Role::role).min(Comparator.naturalOrder()).orElseThrow();
    }

    /**
     * A new session.
     *
     * @param cookie the session cookie's value; only its hash is stored
     * @param csrfToken to send back in {@code X-CSRF-Token} with every changing request
     */
    public record LoginResult(String cookie, String csrfToken, Caller caller) {
        @Override
        public String toString() {
            return "LoginResult[caller=" + caller + ']';
        }
    }
}
