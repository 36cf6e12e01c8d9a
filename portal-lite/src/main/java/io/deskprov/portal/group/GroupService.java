package io.deskprov.portal.group;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.List;

import io.deskprov.portal.auth.Caller;
import io.deskprov.store.Store;
import io.deskprov.store.company.Group;
import io.deskprov.store.company.NewGroup;

/** The groups of the admin's company. The default group comes with the company. */
public final class GroupService {
    private final Store store;
    private final Clock clock;

    public GroupService(Store store, Clock clock) {
        this.store = requireNonNull(store, "store");
        this.clock = requireNonNull(clock, "clock");
    }

    public List<Group> list(Caller admin) {
        return store.transaction(tx -> store.groups().listForCompany(tx, admin.companyId()));
    }

    /** Adds a group to the admin's own company and records it in the audit log. */
    public Group create(Caller admin, NewGroup group) {
        final long companyId = admin.companyId();
        return store.transaction(tx -> {
            final Group made = store.groups().create(tx, companyId, group);
            store.auditLog().append(tx, admin.audit(companyId, "group.create", "group", made.id(), made.name(),
                                                    clock.instant()));
            return made;
        });
    }
}
