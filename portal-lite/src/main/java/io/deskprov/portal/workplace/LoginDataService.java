package io.deskprov.portal.workplace;

import static java.util.Objects.requireNonNull;

import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import io.deskprov.portal.account.Emails;
import io.deskprov.portal.auth.Caller;
import io.deskprov.portal.http.ApiException;
import io.deskprov.portal.mail.Mailer;
import io.deskprov.store.Store;
import io.deskprov.store.Tx;
import io.deskprov.store.account.Account;
import io.deskprov.store.account.AccountState;

/** The login data of a workplace's user, as its admin sees and corrects it. */
public final class LoginDataService {
    private final Store store;
    private final Clock clock;
    private final Mailer mailer;

    public LoginDataService(Store store, Clock clock, Mailer mailer) {
        this.store = requireNonNull(store, "store");
        this.clock = requireNonNull(clock, "clock");
        this.mailer = requireNonNull(mailer, "mailer");
    }

    LoginData find(Caller admin, long workplaceId) {
        return store.transaction(tx -> LoginData.of(user(tx, admin, workplaceId)));
    }

    /**
     * Changes the login e-mail, the username, or both.
     *
     * @throws ApiException 409 {@code USERNAME_TAKEN} when another account has the name, 400 for a
     *         malformed name or address
     */
    LoginData change(Caller admin, long workplaceId, LoginChange change) {
        if (change.email() != null) {
            Emails.check("email", change.email());
        }
        return store.transaction(tx -> {
            final Account user = user(tx, admin, workplaceId);
            if (change.username() != null) {
                rename(tx, user, Account.normalizeUsername(change.username()));
            }
            if (change.email() != null) {
                store.accounts().setEmail(tx, user.id(), change.email());
            }
            store.auditLog().append(tx, admin.audit(admin.companyId(), "workplace.login.change", "account",
                                                    user.id(), change.toString(), clock.instant()));
            return LoginData.of(store.accounts().find(tx, user.id()).orElseThrow());
        });
    }

    /** Queues the activation mail again, for instance after the address was corrected; returns where it goes. */
    LoginData resendActivation(Caller admin, long workplaceId) {
        return store.transaction(tx -> {
            final Account user = user(tx, admin, workplaceId);
            mailer.activation(tx, user);
            store.auditLog().append(tx, admin.audit(admin.companyId(), "workplace.activation.resend", "account",
                                                    user.id(), user.email(), clock.instant()));
            return LoginData.of(user);
        });
    }

    private void rename(Tx tx, Account user, String username) throws SQLException {
        final Optional<Account> holder = store.accounts().findByUsername(tx, username);
        if (holder.isPresent() && holder.get().id() != user.id()) {
            throw ApiException.conflict("USERNAME_TAKEN", "the username " + username + " is taken; choose another");
        }
        store.accounts().setUsername(tx, user.id(), username);
    }

    private Account user(Tx tx, Caller admin, long workplaceId) throws SQLException {
        return CompanyWorkplaces.user(store, tx, CompanyWorkplaces.require(store, tx, admin.companyId(), workplaceId))
                                .orElseThrow(() -> ApiException.notFound("user of workplace " + workplaceId));
    }

    /** What an admin sends; a member left out stays as it is. */
    record LoginChange(@Nullable String username, @Nullable String email) {
    }

    record LoginData(long accountId, String username, String email, AccountState state) {
        static LoginData of(Account account) {
            return new LoginData(account.id(), account.username(), account.email(), account.state());
        }
    }
}
