package io.deskprov.provisioning;

import java.util.Optional;

import io.deskprov.store.device.MacAddress;

/**
 * Finds the device behind a MAC with what the server needs to authenticate it. Called on a
 * worker thread; the server caches the answers, present and absent, until a change reaches them.
 */
@FunctionalInterface
public interface DeviceDirectory {

    /** The device with this MAC, or empty when no company has it. */
    Optional<DeviceCredentials> find(MacAddress mac);
}
