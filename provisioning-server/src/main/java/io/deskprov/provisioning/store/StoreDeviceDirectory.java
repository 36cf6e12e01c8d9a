package io.deskprov.provisioning.store;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

import io.deskprov.provisioning.DeviceCredentials;
import io.deskprov.provisioning.DeviceDirectory;
import io.deskprov.store.Store;
import io.deskprov.store.company.Company;
import io.deskprov.store.device.Device;
import io.deskprov.store.device.MacAddress;
import io.deskprov.store.workplace.Workplace;

/** Devices and their credentials from the store, in one short transaction per lookup. */
public final class StoreDeviceDirectory implements DeviceDirectory {
    private final Store store;

    public StoreDeviceDirectory(Store store) {
        this.store = requireNonNull(store, "store");
    }

    @Override
    public Optional<DeviceCredentials> find(MacAddress mac) {
        requireNonNull(mac, "mac");
        return store.transaction(tx -> {
            final Optional<Device> device = store.devices().findByMac(tx, mac);
            if (device.isEmpty()) {
                return Optional.empty();
            }
            final Device found = device.get();
            final Company company = store.companies().find(tx, found.companyId()).orElseThrow(
                    () -> new IllegalStateException("device " + mac + " names company " + found.companyId()
                                                    + ", which does not exist"));
            final String secret = store.devices().provisioningSecret(tx, found.id()).orElseThrow(
                    () -> new IllegalStateException("device " + mac + " vanished while being read"));
            final Long workplaceId = found.workplaceId();
            final Long groupId = workplaceId == null ? null : store.workplaces().find(tx, workplaceId)
                                                                   .map(Workplace::groupId).orElse(null);
            return Optional.of(new DeviceCredentials(found.id(), mac, found.vendor(), found.companyId(),
                                                     workplaceId, groupId, company.deviceAuthPolicy(),
                                                     found.provisioningUsername(), secret));
        });
    }
}
