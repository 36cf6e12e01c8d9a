package io.deskprov.portal.workplace;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.deskprov.store.device.Device;
import io.deskprov.store.sip.SipAccount;
import io.deskprov.store.workplace.Person;
import io.deskprov.store.workplace.Profile;
import io.deskprov.store.workplace.Workplace;
import io.deskprov.store.workplace.WorkplaceState;

/**
 * A workplace as an admin sees it; secrets are never part of it.
 *
 * @param username the login of its user, null once none holds its role
 * @param earliestDeletion from when it may be deleted
 */
record WorkplaceView(long id, long groupId, Person person, Profile profile, WorkplaceState state,
                     @Nullable Instant activatedAt, Instant earliestDeletion, @Nullable String username,
                     List<SipAccount> sipAccounts, List<Device> devices) {

    static WorkplaceView of(Workplace w, @Nullable String username, List<SipAccount> sip, List<Device> devices) {
        return new WorkplaceView(w.id(), w.groupId(), w.person(), w.profile(), w.state(), w.activatedAt(),
                                 w.earliestDeletion(), username, sip, devices);
    }
}
