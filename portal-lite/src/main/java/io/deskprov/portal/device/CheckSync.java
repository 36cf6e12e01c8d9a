package io.deskprov.portal.device;

import io.deskprov.store.device.Device;

/**
 * Asks a phone to fetch its configuration again or to reboot, as a SIP NOTIFY with
 * {@code Event: check-sync} does. The SIP registrar implements it; until one is wired, the portal
 * keeps the requests in a {@link SyncRequestLog} for it to pick up.
 */
public interface CheckSync {

    /** Asks the phone to act; must not block for long, since a request waits for it. */
    void request(Device device, SyncKind kind);
}
