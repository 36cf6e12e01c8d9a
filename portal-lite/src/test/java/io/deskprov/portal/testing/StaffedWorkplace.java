package io.deskprov.portal.testing;

import io.deskprov.store.Store;
import io.deskprov.store.account.Account;
import io.deskprov.store.account.Role;
import io.deskprov.store.company.Company;
import io.deskprov.store.device.Device;
import io.deskprov.store.sip.SipAccount;
import io.deskprov.store.workplace.Workplace;

/**
 * An active workplace as an executed order leaves it: a user who can log in with
 * {@link PortalHarness#PASSWORD}, a SIP account, and a phone holding a client certificate.
 */
public record StaffedWorkplace(Workplace workplace, Account user, SipAccount sip, Device device) {

    /** Serial of the phone's client certificate, lower-case hex. */
    public static final String CERT_SERIAL = "0badc0de";

    public static StaffedWorkplace in(PortalHarness portal, Company company) {
        final Store store = portal.store();
        final Workplace workplace = portal.fixtures().workplace(company);
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
