package io.deskprov.store.registration;

import static java.util.Objects.requireNonNull;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.deskprov.store.Tx;
import io.deskprov.store.device.Device;
import io.deskprov.store.device.DeviceRepository;
import io.deskprov.store.event.ProvisioningEvent;
import io.deskprov.store.event.ProvisioningEventRepository;
import io.deskprov.store.sip.SipAccount;
import io.deskprov.store.sip.SipAccountRepository;

/**
 * Answers "is this phone registered, and how is it doing" from the store, so that any node can
 * answer for any phone: the unexpired bindings of its workplace's SIP accounts, leaving out those
 * whose User-Agent names another phone, and its last configuration fetch. Bindings reach the
 * store behind the REGISTERs, within the registrar's write-behind interval. Every method runs in
 * the caller's transaction.
 */
public final class DeviceStatusQuery {
    private final Clock clock;
    private final DeviceRepository devices;
    private final SipAccountRepository sipAccounts;
    private final BindingRepository bindings;
    private final ProvisioningEventRepository events;

    public DeviceStatusQuery(Clock clock, DeviceRepository devices, SipAccountRepository sipAccounts,
                             BindingRepository bindings, ProvisioningEventRepository events) {
        this.clock = requireNonNull(clock, "clock");
        this.devices = requireNonNull(devices, "devices");
        this.sipAccounts = requireNonNull(sipAccounts, "sipAccounts");
        this.bindings = requireNonNull(bindings, "bindings");
        this.events = requireNonNull(events, "events");
    }

    /** The device's status, or empty for an unknown device. */
    public Optional<DeviceStatus> find(Tx tx, long deviceId) throws SQLException {
        final Optional<Device> device = devices.find(tx, deviceId);
        return device.isEmpty() ? Optional.empty() : Optional.of(of(tx, device.get()));
    }

    /** The status of a device the caller has read already. */
    public DeviceStatus of(Tx tx, Device device) throws SQLException {
        requireNonNull(device, "device");
        final Instant now = clock.instant();
        final List<DeviceStatus.Contact> contacts = new ArrayList<>();
        if (device.workplaceId() != null) {
            for (SipAccount account : sipAccounts.listForWorkplace(tx, device.workplaceId())) {
                for (RegistrationBinding binding : bindings.listForAccount(tx, account.id())) {
                    if (!binding.isExpiredAt(now) && !PhoneAgent.namesOtherPhone(binding.userAgent(), device.mac())) {
                        contacts.add(contact(account, binding));
                    }
                }
            }
        }
        final Optional<ProvisioningEvent> fetch = events.lastFetch(tx, device.id());
        return new DeviceStatus(device.id(), contacts, fetch.map(ProvisioningEvent::occurredAt).orElse(null),
                                fetch.map(ProvisioningEvent::fileName).orElse(null));
    }

    private static DeviceStatus.Contact contact(SipAccount account, RegistrationBinding b) {
        return new DeviceStatus.Contact(account.aor(), b.contactUri(), b.transport(), b.sourceAddress(),
                                        b.userAgent(), PhoneAgent.parse(b.userAgent()), b.registeredAt(),
                                        b.expiresAt(), b.reachable(), b.roundTripMs(), b.probedAt());
    }
}
