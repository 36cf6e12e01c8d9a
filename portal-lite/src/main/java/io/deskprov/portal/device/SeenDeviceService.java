package io.deskprov.portal.device;

import static java.util.Objects.requireNonNull;

import java.util.List;

import org.jspecify.annotations.Nullable;

import io.deskprov.portal.auth.Caller;
import io.deskprov.portal.http.ApiException;
import io.deskprov.store.Store;
import io.deskprov.store.device.Device;
import io.deskprov.store.device.MacAddress;
import io.deskprov.store.seen.SeenDevice;

/**
 * Phones that asked the provisioning server for a configuration but that no company has added,
 * so that an admin can pick a new phone from the list instead of typing its MAC.
 */
public final class SeenDeviceService {
    private static final int LIST_LIMIT = 200;

    private final Store store;
    private final DeviceService devices;

    public SeenDeviceService(Store store, DeviceService devices) {
        this.store = requireNonNull(store, "store");
        this.devices = requireNonNull(devices, "devices");
    }

    List<SeenDevice> list() {
        return store.transaction(tx -> store.seenDevices().listRecent(tx, LIST_LIMIT));
    }

    /**
     * Adds the seen phone to the admin's company, onto the workplace if one is named, and forgets
     * the sighting.
     *
     * @param model the model, needed when the phone did not tell it
     * @throws ApiException 404 when the phone is not among those seen
     */
    Device assign(Caller admin, MacAddress mac, @Nullable String model, @Nullable Long workplaceId) {
        final SeenDevice seen = list().stream()
                                      .filter(s -> s.mac().equals(mac))
                                      .findFirst()
                                      .orElseThrow(() -> ApiException.notFound("seen device " + mac));
        final String chosen = model != null ? model : seen.model();
        return devices.add(admin, seen.vendor(), ApiException.required(chosen, "model"), mac, workplaceId);
    }
}
