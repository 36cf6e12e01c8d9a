package io.deskprov.portal.device;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import io.deskprov.store.Store;
import io.deskprov.store.device.Device;
import io.deskprov.store.event.ProvisioningEvent;
import io.deskprov.store.registration.RegistrationBinding;
import io.deskprov.store.sip.SipAccount;

/**
 * Device status from the store: the registration bindings of the workplace's SIP accounts and
 * the device's last successful configuration fetch.
 */
public final class StoreDeviceStatusSource implements DeviceStatusSource {
    private final Store store;
    private final Clock clock;

    public StoreDeviceStatusSource(Store store, Clock clock) {
        this.store = requireNonNull(store, "store");
        this.clock = requireNonNull(clock, "clock");
    }

    @Override
    public DeviceStatus status(Device device) {
        final Instant now = clock.instant();
        return store.transaction(tx -> {
            final List<RegistrationBinding> bindings = new ArrayList<>();
            if (device.workplaceId() != null) {
                for (SipAccount account : store.sipAccounts().listForWorkplace(tx, device.workplaceId())) {
                    bindings.addAll(store.bindings().listForAccount(tx, account.id()));
                }
            }
            final List<RegistrationBinding> live = bindings.stream().filter(b -> !b.isExpiredAt(now)).toList();
            final Optional<ProvisioningEvent> fetch = store.provisioningEvents().lastFetch(tx, device.id());
            final @Nullable Boolean reachable = live.stream().map(RegistrationBinding::reachable)
                                                    .filter(r -> r != null).findFirst().orElse(null);
            return new DeviceStatus(!live.isEmpty(), reachable, fetch.map(ProvisioningEvent::userAgent).orElse(null),
                                    fetch.map(ProvisioningEvent::occurredAt).orElse(null));
        });
    }
}
