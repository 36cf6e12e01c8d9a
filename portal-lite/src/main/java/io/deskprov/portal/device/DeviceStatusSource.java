package io.deskprov.portal.device;

import io.deskprov.store.device.Device;

/**
 * Tells a phone's registration, reachability, firmware and last configuration fetch. The SIP
 * registrar implements it from its live state; {@link StoreDeviceStatusSource} reads the store.
 */
public interface DeviceStatusSource {
    DeviceStatus status(Device device);
}
