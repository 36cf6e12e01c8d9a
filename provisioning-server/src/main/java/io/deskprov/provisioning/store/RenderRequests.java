package io.deskprov.provisioning.store;

import java.net.URI;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.deskprov.store.Store;
import io.deskprov.store.Tx;
import io.deskprov.store.device.Device;
import io.deskprov.store.parameter.ParameterLayer;
import io.deskprov.store.sip.SipAccount;
import io.deskprov.store.workplace.Person;
import io.deskprov.store.workplace.Workplace;
import io.deskprov.store.workplace.WorkplaceState;
import io.deskprov.templates.Contact;
import io.deskprov.templates.DeviceRenderRequest;
import io.deskprov.templates.catalog.Vendor;
import io.deskprov.templates.params.Level;

/**
 * Builds the renderer's request for a device from the store's rows, in the caller's transaction:
 * its workplace, SIP accounts, parameter layers and its company's contact directory.
 */
final class RenderRequests {
    private RenderRequests() {
    }

    /** The request, or empty when the device has no workplace or the workplace has no SIP account. */
    static Optional<DeviceRenderRequest> forDevice(Tx tx, Store store, Device device, Vendor vendor, URI url)
            throws SQLException {
        final Long workplaceId = device.workplaceId();
        final Optional<Workplace> workplace = workplaceId == null ? Optional.empty()
                                                                  : store.workplaces().find(tx, workplaceId);
        final List<SipAccount> accounts = workplace.isEmpty() ? List.of()
                                          : store.sipAccounts().listForWorkplace(tx, workplace.get().id());
        if (workplace.isEmpty() || accounts.isEmpty()) {
            return Optional.empty();
        }
        final Person person = workplace.get().person();
        final String name = (person.firstName() + ' ' + person.lastName()).trim();
        final DeviceRenderRequest.Builder request = DeviceRenderRequest.builder(device.mac().value(), vendor,
                                                                                device.model())
                .workplace(new io.deskprov.templates.Workplace(name, name))
                .provisioningUrl(url);
        for (SipAccount account : accounts) {
            final String secret = store.sipAccounts().secret(tx, account.id()).orElseThrow(
                    () -> new IllegalStateException("SIP account " + account.aor() + " vanished while being read"));
            request.account(new io.deskprov.templates.SipAccount(account.username(), account.authUsername(), secret,
                                                                 account.domain(), account.displayName(), ""));
        }
        for (ParameterLayer layer : store.parameters().layersFor(tx, device.id()).orElse(List.of())) {
            if (!layer.values().isEmpty()) {
                request.layer(new io.deskprov.templates.params.ParameterLayer(
                        Level.valueOf(layer.level().name()), layer.values()));
            }
        }
        companyDirectory(tx, store, device.companyId()).forEach(request::contact);
        return Optional.of(request.build());
    }

    /**
     * The contact directory of a company's phones: the name and number of every workplace in
     * service, by last and first name. Only the company's own workplaces, whatever else the
     * store holds.
     */
    private static List<Contact> companyDirectory(Tx tx, Store store, long companyId) throws SQLException {
        final List<Contact> contacts = new ArrayList<>();
        for (Workplace workplace : store.workplaces().listForCompany(tx, companyId)) {
            if (workplace.state() == WorkplaceState.ACTIVE) {
                final Person person = workplace.person();
                contacts.add(new Contact(person.firstName(), person.lastName(), person.phoneNumber()));
            }
        }
        return contacts;
    }
}
