package io.deskprov.registrar;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.deskprov.store.Store;
import io.deskprov.store.device.Device;
import io.deskprov.store.event.ProvisioningEvent;
import io.deskprov.store.registration.RegistrationBinding;
import io.deskprov.store.sip.SipAccount;

/**
 * Answers the portal's question "is this phone registered, and how is it doing" from the store,
 * so any node can answer for any phone. Bindings reach the store behind the REGISTERs, within
 * the registrar's write-behind interval.
 */
public final class DeviceStatusQuery {
    private final Store store;
    private final Clock clock;

    public DeviceStatusQuery(Store store, Clock clock) {
        this.store = requireNonNull(store, "store");
        this.clock = requireNonNull(clock, "clock");
    }

    /** The device's status, or empty for an unknown device. */
    public Optional<DeviceStatus> of(long deviceId) {
        final Instant now = clock.instant();
        return store.transaction(tx -> {
            final Optional<Device> device = store.devices().find(tx, deviceId);
            if (device.isEmpty()) {
                return Optional.<DeviceStatus>empty();
            }
            final List<DeviceStatus.Contact> contacts = new ArrayList<>();
            if (device.get().workplaceId() != null) {
                for (SipAccount account : store.sipAccounts().listForWorkplace(tx, device.get().workplaceId())) {
                    for (RegistrationBinding binding : store.bindings().listForAccount(tx, account.id())) {
                        if (!binding.isExpiredAt(now)
                            && !UserAgents.namesOtherPhone(binding.userAgent(), device.get().mac())) {
                            contacts.add(contact(account, binding));
                        }
                    }
                }
            }
            final Instant fetch = store.provisioningEvents().lastFetch(tx, deviceId)
                                       .map(ProvisioningEvent::occurredAt).orElse(null);
            return Optional.of(new DeviceStatus(deviceId, contacts, fetch));
        });
    }

    private static DeviceStatus.Contact contact(SipAccount account, RegistrationBinding b) {
        return new DeviceStatus.Contact(account.aor(), b.contactUri(), b.transport(), b.sourceAddress(),
                                        b.userAgent(), UserAgents.parse(b.userAgent()), b.registeredAt(),
                                        b.expiresAt(), b.reachable(), b.roundTripMs(), b.probedAt());
    }
}
