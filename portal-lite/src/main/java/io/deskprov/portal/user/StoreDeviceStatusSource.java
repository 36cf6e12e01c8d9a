package io.deskprov.portal.user;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import io.deskprov.store.Store;
import io.deskprov.store.device.Device;
import io.deskprov.store.event.ProvisioningEvent;
import io.deskprov.store.registration.RegistrationBinding;
import io.deskprov.store.sip.SipAccount;

/**
 * Device status from the store: the registrar's bindings and the provisioning server's fetches.
 * A binding belongs to the phone when its user agent names the phone's MAC, as Yealink and Polycom
 * firmware do, or when it comes from the address the phone last fetched its configuration from.
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
        return store.transaction(tx -> {
            final Optional<ProvisioningEvent> fetch = store.provisioningEvents().lastFetch(tx, device.id());
            @Nullable RegistrationBinding found = null;
            if (device.workplaceId() != null) {
                for (SipAccount account : store.sipAccounts().listForWorkplace(tx, device.workplaceId())) {
                    for (RegistrationBinding binding : store.bindings().listForAccount(tx, account.id())) {
                        if (found == null && isLive(binding) && belongs(binding, device, fetch)) {
                            found = binding;
                        }
                    }
                }
            }
            return of(device, found, fetch.orElse(null));
        });
    }

    private boolean isLive(RegistrationBinding binding) {
        return !binding.isExpiredAt(clock.instant());
    }

    private static boolean belongs(RegistrationBinding binding, Device device, Optional<ProvisioningEvent> fetch) {
        final String agent = binding.userAgent() == null ? ""
                             : binding.userAgent().toLowerCase(Locale.ROOT).replaceAll("[:\\-.]", "");
        if (agent.contains(device.mac().value())) {
            return true;
        }
        final String host = fetch.map(ProvisioningEvent::sourceAddress).orElse(null);
        final String source = binding.sourceAddress();
        return host != null && (source.equals(host) || source.startsWith(host + ':')
                                || source.startsWith('[' + host + ']'));
    }

    private static DeviceStatus of(Device device, @Nullable RegistrationBinding b, @Nullable ProvisioningEvent fetch) {
        final @Nullable Instant fetchedAt = fetch == null ? null : fetch.occurredAt();
        final @Nullable String file = fetch == null ? null : fetch.fileName();
        if (b == null) {
            return new DeviceStatus(device.id(), false, null, null, null, null, null, null, null, fetchedAt, file);
        }
        return new DeviceStatus(device.id(), true, b.registeredAt(), b.expiresAt(), b.contactUri(), b.transport(),
                                b.userAgent(), b.reachable(), b.roundTripMs(), fetchedAt, file);
    }
}
