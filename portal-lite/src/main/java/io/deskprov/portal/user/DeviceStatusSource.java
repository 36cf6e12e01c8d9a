package io.deskprov.portal.user;

import io.deskprov.store.device.Device;

/** Tells how a phone is doing: its registration and when it last fetched its configuration. */
public interface DeviceStatusSource {

    /** The phone's status now; a phone that never registered or fetched has those fields empty. */
    DeviceStatus status(Device device);
}
