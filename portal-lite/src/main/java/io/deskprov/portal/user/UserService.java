package io.deskprov.portal.user;

import static java.util.Objects.requireNonNull;

import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.deskprov.portal.PortalSettings;
import io.deskprov.portal.auth.Caller;
import io.deskprov.portal.http.ApiException;
import io.deskprov.portal.order.OrderLines;
import io.deskprov.store.Store;
import io.deskprov.store.Tx;
import io.deskprov.store.company.Product;
import io.deskprov.store.device.Device;
import io.deskprov.store.order.Order;
import io.deskprov.store.order.OrderItem;
import io.deskprov.store.registration.DeviceStatus;
import io.deskprov.store.sip.SipAccount;
import io.deskprov.store.workplace.Profile;
import io.deskprov.store.workplace.Workplace;

/** The own workplace of a user: master data, clients, phones and the data to set the phones up. */
public final class UserService {
    private final Store store;
    private final Clock clock;
    private final PortalSettings settings;

    public UserService(Store store, Clock clock, PortalSettings settings) {
        this.store = requireNonNull(store, "store");
        this.clock = requireNonNull(clock, "clock");
        this.settings = requireNonNull(settings, "settings");
    }

    UserViews.Overview overview(Caller user) {
        return store.transaction(tx -> {
            final Workplace workplace = workplace(tx, user);
            final List<Product> addOns = addOnsOf(tx, workplace);
            final List<UserViews.Phone> phones = store.devices().listForWorkplace(tx, workplace.id()).stream()
                    .map(d -> new UserViews.Phone(d.id(), d.vendor(), d.model(), d.mac()))
                    .toList();
            return new UserViews.Overview(workplace.person().firstName(), workplace.person().lastName(),
                                          workplace.person().phoneNumber(), workplace.person().email(),
                                          workplace.profile(), addOns.contains(Product.DESKTOP_CLIENT),
                                          addOns.contains(Product.MOBILE_CLIENT), phones);
        });
    }

    /**
     * The phones' first-login data and the SIP data; the standard view hides the SIP data from
     * UNIVERSAL_BASE workplaces, whose phones are set up for them; the expert view adds each
     * phone's status as the registrar's bindings tell it. Reading the secrets is recorded in the
     * audit log.
     */
    UserViews.Settings settings(Caller user, boolean expert) {
        return store.transaction(tx -> {
            final Workplace workplace = workplace(tx, user);
            final List<Device> devices = store.devices().listForWorkplace(tx, workplace.id());
            final List<UserViews.FirstLogin> phones = new ArrayList<>();
            final List<DeviceStatus> statuses = new ArrayList<>();
            for (Device device : devices) {
                phones.add(new UserViews.FirstLogin(device.id(), device.mac(), device.model(),
                                                    settings.provisioningUrl().toString(),
                                                    device.provisioningUsername(),
                                                    store.devices().provisioningSecret(tx, device.id()).orElseThrow()));
                if (expert) {
                    statuses.add(store.deviceStatuses().of(tx, device));
                }
            }
            final boolean showSip = expert || workplace.profile() != Profile.UNIVERSAL_BASE;
            store.auditLog().append(tx, user.audit(workplace.companyId(), "user.settings.view", "workplace",
                                                   workplace.id(), expert ? "expert" : "standard", clock.instant()));
            return new UserViews.Settings(phones, showSip ? sip(tx, workplace) : null, expert ? statuses : null);
        });
    }

    private List<UserViews.SipData> sip(Tx tx, Workplace workplace) throws SQLException {
        final List<UserViews.SipData> data = new ArrayList<>();
        for (SipAccount account : store.sipAccounts().listForWorkplace(tx, workplace.id())) {
            data.add(new UserViews.SipData(account.username(), account.authUsername(), account.domain(),
                                           store.sipAccounts().secret(tx, account.id()).orElseThrow()));
        }
        return data;
    }

    private Workplace workplace(Tx tx, Caller user) throws SQLException {
        return store.workplaces().find(tx, user.workplaceId())
                    .orElseThrow(() -> ApiException.notFound("workplace"));
    }

    /** The add-ons booked with the workplace by the order that made it; none for one made otherwise. */
    private List<Product> addOnsOf(Tx tx, Workplace workplace) throws SQLException {
        for (Order order : store.orders().listForCompany(tx, workplace.companyId())) {
            for (OrderItem item : order.items()) {
                if (Long.valueOf(workplace.id()).equals(item.workplaceId())) {
                    return OrderLines.addOns(order);
                }
            }
        }
        return List.of();
    }
}
