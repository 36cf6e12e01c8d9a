package io.deskprov.portal.workplace;

import static java.util.Objects.requireNonNull;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.deskprov.portal.auth.Caller;
import io.deskprov.portal.http.ApiException;
import io.deskprov.store.Store;
import io.deskprov.store.Tx;
import io.deskprov.store.account.Account;
import io.deskprov.store.account.AccountState;
import io.deskprov.store.account.RoleName;
import io.deskprov.store.company.Group;
import io.deskprov.store.device.Device;
import io.deskprov.store.sip.SipAccount;
import io.deskprov.store.workplace.Workplace;
import io.deskprov.store.workplace.WorkplaceState;
import io.netty.handler.codec.http.HttpResponseStatus;

/** The workplaces of an admin's company: looking at them, and ending them. */
public final class WorkplaceService {
    private final Store store;
    private final Clock clock;

    public WorkplaceService(Store store, Clock clock) {
        this.store = requireNonNull(store, "store");
        this.clock = requireNonNull(clock, "clock");
    }

    List<WorkplaceView> list(Caller admin) {
        return store.transaction(tx -> {
            final List<WorkplaceView> views = new ArrayList<>();
            for (Workplace workplace : store.workplaces().listForCompany(tx, admin.companyId())) {
                views.add(view(tx, workplace));
            }
            return views;
        });
    }

    WorkplaceView find(Caller admin, long id) {
        return store.transaction(tx -> view(tx, CompanyWorkplaces.require(store, tx, admin.companyId(), id)));
    }

    /**
     * Refuses moving a workplace: it stays in its group for good.
     *
     * @throws ApiException 409 {@code WORKPLACE_GROUP_FIXED} for any other group
     */
    void changeGroup(Caller admin, long id, long groupId) {
        final Workplace workplace = store.transaction(tx -> CompanyWorkplaces.require(store, tx, admin.companyId(),
                                                                                       id));
        if (workplace.groupId() != groupId) {
            throw CompanyWorkplaces.groupFixed(groupId);
        }
    }

    /**
     * Ends the workplace: its phones are unassigned (revoking their certificates), its SIP
     * accounts removed with their registrations, and its user loses the role, so that its phones
     * receive no configuration any more.
     *
     * @throws ApiException 409 {@code MINIMUM_TERM} naming the first possible date before 30 days
     *         in service, 409 {@code WORKPLACE_DELETED} when deleted before
     */
    void delete(Caller admin, long id) {
        store.inTransaction(tx -> {
            final Workplace workplace = CompanyWorkplaces.require(store, tx, admin.companyId(), id);
            if (workplace.state() == WorkplaceState.DELETED) {
                throw ApiException.conflict("WORKPLACE_DELETED", "the workplace was deleted before");
            }
            checkMinimumTerm(tx, workplace);
            for (Device device : store.devices().listForWorkplace(tx, id)) {
                store.devices().assign(tx, device.id(), null);
            }
            for (SipAccount account : store.sipAccounts().listForWorkplace(tx, id)) {
                store.bindings().removeAll(tx, account.id());
                store.sipAccounts().delete(tx, account.id());
            }
            final Optional<Account> user = CompanyWorkplaces.user(store, tx, workplace);
            if (user.isPresent()) {
                endUser(tx, user.get());
            }
            store.workplaces().markDeleted(tx, id);
            store.auditLog().append(tx, admin.audit(admin.companyId(), "workplace.delete", "workplace", id,
                                                    workplace.person().email(), clock.instant()));
        });
    }

    private void checkMinimumTerm(Tx tx, Workplace workplace) throws SQLException {
        final Instant earliest = workplace.earliestDeletion();
        if (clock.instant().isBefore(earliest)) {
            final Group group = store.groups().find(tx, workplace.groupId()).orElseThrow();
            final LocalDate date = LocalDate.ofInstant(earliest, ZoneId.of(group.timeZone()));
            throw new ApiException(HttpResponseStatus.CONFLICT, "MINIMUM_TERM",
                                   "a workplace stays at least 30 days after activation; it may be deleted from "
                                   + date, Map.of("earliestDeletion", earliest.toString()));
        }
    }

    private void endUser(Tx tx, Account user) throws SQLException {
        store.accounts().revokeRole(tx, user.id(), RoleName.USER);
        // An account that also administers keeps working as admin; one that was only this user ends.
        if (user.roles().size() == 1) {
            store.accounts().setState(tx, user.id(), AccountState.DISABLED);
        }
    }

    private WorkplaceView view(Tx tx, Workplace workplace) throws SQLException {
        return WorkplaceView.of(workplace, CompanyWorkplaces.user(store, tx, workplace).map(Account::username)
                                                           .orElse(null),
                                store.sipAccounts().listForWorkplace(tx, workplace.id()),
                                store.devices().listForWorkplace(tx, workplace.id()));
    }
}
