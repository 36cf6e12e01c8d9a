package io.deskprov.portal.company;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.deskprov.portal.account.Usernames;
import io.deskprov.portal.auth.Caller;
import io.deskprov.portal.http.ApiException;
import io.deskprov.portal.mail.Mailer;
import io.deskprov.store.Store;
import io.deskprov.store.account.Account;
import io.deskprov.store.account.Role;
import io.deskprov.store.company.Address;
import io.deskprov.store.company.Company;
import io.deskprov.store.company.NewCompany;
import io.deskprov.store.company.Product;

/** Companies as operators make them and admins see them. */
public final class CompanyService {
    private final Store store;
    private final Clock clock;
    private final Mailer mailer;

    public CompanyService(Store store, Clock clock, Mailer mailer) {
        this.store = requireNonNull(store, "store");
        this.clock = requireNonNull(clock, "clock");
        this.mailer = requireNonNull(mailer, "mailer");
    }

    /**
     * Makes the company with its default group (named after the contract address) and its first
     * admin, whose activation mail is queued in the same transaction.
     */
    public Created create(Caller operator, CompanyRequest request) {
        final NewCompany company = request.toNewCompany();
        final String adminEmail = ApiException.required(request.adminEmail(), "adminEmail");
        if (!adminEmail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw ApiException.badRequest("INVALID_INPUT", "adminEmail: expected an address such as a@example.com");
        }
        return store.transaction(tx -> {
            final Company made = store.companies().create(tx, company);
            final String base = request.adminUsername() != null ? request.adminUsername()
                                                                : adminEmail.substring(0, adminEmail.indexOf('@'));
            final Account admin = store.accounts().create(tx, Usernames.unique(store, tx, base), adminEmail,
                                                          List.of(Role.admin(made.id())));
            mailer.activation(tx, admin);
            store.auditLog().append(tx, operator.audit(made.id(), "company.create", "company", made.id(),
                                                       "admin " + admin.username(), clock.instant()));
            return new Created(made, admin.username());
        });
    }

    public List<Company> list() {
        return store.transaction(tx -> store.companies().list(tx));
    }

    /** The caller's own company. */
    public Company own(Caller admin) {
        return store.transaction(tx -> store.companies().find(tx, admin.companyId()))
                    .orElseThrow(() -> ApiException.notFound("company"));
    }

    /** What an operator sends to make a company. */
    public record CompanyRequest(@Nullable String name, @Nullable Address contractAddress,
                                 @Nullable Map<Product, Integer> contingents, @Nullable String timeZone,
                                 @Nullable String language, @Nullable String adminEmail,
                                 @Nullable String adminUsername) {

        NewCompany toNewCompany() {
            return new NewCompany(ApiException.required(name, "name"),
                                  ApiException.required(contractAddress, "contractAddress"),
                                  contingents == null ? Map.of() : contingents,
                                  timeZone == null ? "Europe/Berlin" : timeZone, language == null ? "de" : language);
        }
    }

    /** The company made and its first admin's username. */
    public record Created(Company company, String adminUsername) {
    }
}
