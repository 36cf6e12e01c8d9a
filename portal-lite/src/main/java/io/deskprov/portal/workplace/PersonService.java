package io.deskprov.portal.workplace;

import static java.util.Objects.requireNonNull;

import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.deskprov.portal.auth.Caller;
import io.deskprov.portal.http.ApiException;
import io.deskprov.portal.order.WorkplaceSetup;
import io.deskprov.store.Store;
import io.deskprov.store.Tx;
import io.deskprov.store.sip.SipAccount;
import io.deskprov.store.workplace.Person;
import io.deskprov.store.workplace.Workplace;
import io.deskprov.store.workplace.WorkplaceState;

/**
 * The person a workplace belongs to, as its admin corrects them: name, e-mail and number. The
 * workplace's group never changes with it, and the user's login e-mail is the login data's.
 */
public final class PersonService {
    private final Store store;
    private final Clock clock;

    public PersonService(Store store, Clock clock) {
        this.store = requireNonNull(store, "store");
        this.clock = requireNonNull(clock, "clock");
    }

    /**
     * Changes what the admin sends, keeping members left out. The workplace's SIP accounts follow:
     * one showing the person's name shows the new name, the one registered as the person's number
     * takes the new number. The changes reach the phones through the change feed, whose
     * subscriber, the registrar, tells them to check their configuration.
     *
     * @throws ApiException 409 {@code WORKPLACE_GROUP_FIXED} for another group, 409 {@code
     *         WORKPLACE_DELETED}, 409 {@code PHONE_NUMBER_TAKEN} when another SIP account registers
     *         as the number, 400 for a malformed value
     */
    Person change(Caller admin, long workplaceId, PersonChange change) {
        return store.transaction(tx -> {
            final Workplace workplace = CompanyWorkplaces.require(store, tx, admin.companyId(), workplaceId);
            if (change.groupId() != null && change.groupId() != workplace.groupId()) {
                throw CompanyWorkplaces.groupFixed(change.groupId());
            }
            if (workplace.state() == WorkplaceState.DELETED) {
                throw ApiException.conflict("WORKPLACE_DELETED", "the workplace was deleted before");
            }
            final Person before = workplace.person();
            final Person after = change.applyTo(before);
            if (after.equals(before)) {
                return before;
            }

            store.workplaces().updatePerson(tx, workplaceId, after);
            followInSipAccounts(tx, workplace, before, after);
            store.auditLog().append(tx, admin.audit(admin.companyId(), "workplace.person.change", "workplace",
                                                    workplaceId, "changed " + changedFields(before, after),
                                                    clock.instant()));
            return after;
        });
    }

    private void followInSipAccounts(Tx tx, Workplace workplace, Person before, Person after) throws SQLException {
        for (SipAccount account : store.sipAccounts().listForWorkplace(tx, workplace.id())) {
            final String username = account.username().equals(WorkplaceSetup.sipUsername(before))
                                    ? WorkplaceSetup.sipUsername(after) : account.username();
            final String displayName = account.displayName().equals(before.fullName())
                                       ? after.fullName() : account.displayName();
            if (username.equals(account.username()) && displayName.equals(account.displayName())) {
                continue;
            }
            if (!username.equals(account.username())
                && store.sipAccounts().findByAor(tx, account.domain(), username).isPresent()) {
                throw ApiException.conflict("PHONE_NUMBER_TAKEN", "another SIP account registers as "
                                            + after.phoneNumber() + " on " + account.domain());
            }
            store.sipAccounts().rename(tx, account.id(), username, displayName);
        }
    }

    /** The names of the members that differ; the values are personal data and stay out of the audit log. */
    private static List<String> changedFields(Person before, Person after) {
        final List<String> fields = new ArrayList<>();
        if (!before.firstName().equals(after.firstName())) {
            fields.add("firstName");
        }
        if (!before.lastName().equals(after.lastName())) {
            fields.add("lastName");
        }
        if (!before.email().equals(after.email())) {
            fields.add("email");
        }
        if (!before.phoneNumber().equals(after.phoneNumber())) {
            fields.add("phoneNumber");
        }
        return fields;
    }

    /**
     * What an admin sends; a member left out stays as it is.
     *
     * @param groupId accepted only as the group the workplace has
     */
    record PersonChange(@Nullable String firstName, @Nullable String lastName, @Nullable String email,
                        @Nullable String phoneNumber, @Nullable Long groupId) {

        /** The person with these changes; the Person record checks each value. */
        Person applyTo(Person person) {
            return new Person(firstName == null ? person.firstName() : firstName,
                              lastName == null ? person.lastName() : lastName,
                              email == null ? person.email() : email,
                              phoneNumber == null ? person.phoneNumber() : phoneNumber);
        }
    }
}
