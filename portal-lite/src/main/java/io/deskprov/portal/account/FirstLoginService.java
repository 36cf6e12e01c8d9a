package io.deskprov.portal.account;

import static java.util.Objects.requireNonNull;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.deskprov.portal.PortalSettings;
import io.deskprov.portal.auth.Caller;
import io.deskprov.portal.auth.Secrets;
import io.deskprov.portal.auth.Throttle;
import io.deskprov.portal.http.ApiException;
import io.deskprov.portal.mail.Mailer;
import io.deskprov.store.Store;
import io.deskprov.store.Tx;
import io.deskprov.store.account.Account;
import io.deskprov.store.account.AccountState;
import io.deskprov.store.account.PasswordHasher;
import io.netty.handler.codec.http.HttpResponseStatus;

/**
 * First login and password changes: a temporary password mailed on request, then a password of
 * the user's own under the {@link PasswordPolicy}.
 */
public final class FirstLoginService {
    private static final int TEMPORARY_LENGTH = 14;
    private static final int HISTORY = 3;

    private final Store store;
    private final Clock clock;
    private final PasswordHasher hasher;
    private final Mailer mailer;
    private final PortalSettings settings;
    private final Throttle perUsername;
    private final Throttle perAddress;

    public FirstLoginService(Store store, Clock clock, PasswordHasher hasher, Mailer mailer,
                             PortalSettings settings) {
        this.store = requireNonNull(store, "store");
        this.clock = requireNonNull(clock, "clock");
        this.hasher = requireNonNull(hasher, "hasher");
        this.mailer = requireNonNull(mailer, "mailer");
        this.settings = requireNonNull(settings, "settings");
        this.perUsername = new Throttle("temporary-password-username", "temporary password",
                                        settings.passwordRequestsPerUsername(), store, clock);
        this.perAddress = new Throttle("temporary-password-address", "temporary password",
                                       settings.passwordRequestsPerAddress(), store, clock);
    }

    /**
     * Mails a temporary password if the username belongs to a usable account. The caller learns
     * nothing either way: the answer, and the work done, are the same.
     */
    public void requestTemporaryPassword(String username, String address) {
        perAddress.acquire(address);
        perUsername.acquire(username.trim().toLowerCase(Locale.ROOT));
        final String password = Secrets.readable(TEMPORARY_LENGTH);
        final String hash = hasher.hash(password);
        final Instant expiresAt = clock.instant().plus(settings.temporaryPasswordValidity());
        store.inTransaction(tx -> {
            final Optional<Account> account = store.accounts().findByUsername(tx, username);
            if (account.isEmpty() || account.get().state() == AccountState.DISABLED) {
                return;
            }
            store.passwords().setTemporaryPassword(tx, account.get().id(), hash, expiresAt);
            mailer.temporaryPassword(tx, account.get(), password, expiresAt);
        });
    }

    /**
     * Sets the caller's password. One who logged in with a temporary password gives only the new
     * one; everyone else proves the current one first.
     *
     * @throws ApiException 400 {@code PASSWORD_POLICY} listing every broken rule, 403
     *         {@code WRONG_PASSWORD} if the current password does not match
     */
    public void setPassword(Caller caller, String currentPassword, String newPassword) {
        store.inTransaction(tx -> {
            final Account account = store.accounts().find(tx, caller.accountId()).orElseThrow();
            if (!caller.mustSetPassword() && !currentMatches(tx, account, currentPassword)) {
                throw ApiException.forbidden("WRONG_PASSWORD", "the current password is wrong");
            }
            final List<String> recent = store.passwords().recentPasswordHashes(tx, account.id(), HISTORY);
            final List<PasswordPolicy.Rule> broken = PasswordPolicy.broken(
                    account.username(), newPassword, p -> recent.stream().anyMatch(h -> hasher.matches(p, h)));
            if (!broken.isEmpty()) {
                throw policyRefusal(broken);
            }
            store.passwords().setPassword(tx, account.id(), hasher.hash(newPassword));
            store.accounts().setState(tx, account.id(), AccountState.ACTIVE);
            store.auditLog().append(tx, caller.audit(null, "account.password", "account", account.id(), null,
                                                     clock.instant()));
        });
    }

    private boolean currentMatches(Tx tx, Account account, String currentPassword) throws SQLException {
        return store.passwords().passwordHash(tx, account.id())
                    .map(hash -> hasher.matches(currentPassword, hash)).orElse(false);
    }

    private static ApiException policyRefusal(List<PasswordPolicy.Rule> broken) {
        final String detail = "the password breaks these rules: "
                              + broken.stream().map(PasswordPolicy.Rule::text).collect(Collectors.joining("; "));
        return new ApiException(HttpResponseStatus.BAD_REQUEST, "PASSWORD_POLICY", detail,
                                Map.of("rules", broken.stream().map(Enum::name).toList()));
    }
}
