package io.deskprov.portal.testing;

import io.deskprov.store.Store;
import io.deskprov.store.account.Account;
import io.deskprov.store.account.Role;
import io.deskprov.store.company.Company;
import io.deskprov.store.device.Device;
import io.deskprov.store.sip.SipAccount;
import io.deskprov.store.testing.StoreFixtures;
import io.deskprov.store.workplace.NewWorkplace;
import io.deskprov.store.workplace.Profile;
import io.deskprov.store.workplace.Workplace;

/**
 * An active workplace as an executed order leaves it: a user who can log in with
 * {@link PortalHarness#PASSWORD}, a SIP account, and a phone holding a client certificate.
 */
public record StaffedWorkplace(Workplace workplace, Account user, SipAccount sip, Device device) {

    /** Serial of the phone's client certificate, lower-case hex. */
    public static final String CERT_SERIAL = "0badc0de";

    public static StaffedWorkplace in(PortalHarness portal, Company company) {
        return in(portal, company, Profile.STANDARD);
    }

    public static StaffedWorkplace in(PortalHarness portal, Company company, Profile profile) {
        final Store store = portal.store();
        final NewWorkplace wanted = new NewWorkplace(company.id(), portal.fixtures().defaultGroup(company).id(),
                                                     StoreFixtures.person(), profile);
        final Workplace workplace = store.transaction(
                tx -> store.workplaces().createActive(tx, wanted, portal.clock().instant()));
        final Account user = portal.account(Role.user(company.id(), workplace.id()));
        final SipAccount sip = portal.fixtures().sipAccount(workplace);
        final Device device = portal.fixtures().device(company);
        store.inTransaction(tx -> {
            store.devices().assign(tx, device.id(), workplace.id());
            store.devices().setClientCertSerial(tx, device.id(), CERT_SERIAL);
        });
        final Device assigned = store.transaction(tx -> store.devices().find(tx, device.id())).orElseThrow();
        return new StaffedWorkplace(workplace, user, sip, assigned);
    }
}
