package io.deskprov.provisioning.testing;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.deskprov.provisioning.DeviceCredentials;
import io.deskprov.provisioning.DeviceDirectory;
import io.deskprov.store.company.DeviceAuthPolicy;
import io.deskprov.store.device.MacAddress;
import io.deskprov.store.device.Vendor;

/** Devices held in memory, for server tests that do not need the database. */
public final class TestDevices implements DeviceDirectory {
    private static final AtomicLong ids = new AtomicLong();

    private final Map<MacAddress, DeviceCredentials> devices = new ConcurrentHashMap<>();

    /** Adds an assigned device of company 1 with password {@code pw-<mac>} and user {@code prov-<mac>}. */
    public DeviceCredentials add(String mac, Vendor vendor, DeviceAuthPolicy policy) {
        return put(new DeviceCredentials(ids.incrementAndGet(), new MacAddress(mac), vendor, 1, 10L, 100L, policy,
                                         "prov-" + mac, "pw-" + mac));
    }

    public DeviceCredentials put(DeviceCredentials device) {
        devices.put(device.mac(), device);
        return device;
    }

    public void remove(String mac) {
        devices.remove(new MacAddress(mac));
    }

    @Override
    public Optional<DeviceCredentials> find(MacAddress mac) {
        return Optional.ofNullable(devices.get(mac));
    }
}
