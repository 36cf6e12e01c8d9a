package io.deskprov.portal.device;

import io.deskprov.portal.auth.Caller;
import io.deskprov.store.device.Device;

/**
 * Asks a phone to fetch its configuration again or to restart, as SIP NOTIFY check-sync does. The
 * SIP registrar, which knows where each phone is registered, is the real implementation.
 */
public interface CheckSync {

    /** What the phone is asked to do. */
    enum Action {
        /** Fetch the configuration again and apply it. */
        RESYNC,
        /** Restart, fetching the configuration on the way. */
        REBOOT
    }

    /** Sends the request, or queues it for the phone's next registration; never blocks for the phone. */
    void request(Device device, Action action, Caller requestedBy);
}
