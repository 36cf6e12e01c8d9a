package io.deskprov.portal.device;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.Locale;

import io.deskprov.portal.auth.Caller;
import io.deskprov.store.Store;
import io.deskprov.store.device.Device;

/**
 * Records check-sync requests in the audit log without reaching the phone.
 */
public final class AuditedCheckSync implements CheckSync {
    private final Store store;
    private final Clock clock;

    public AuditedCheckSync(Store store, Clock clock) {
        this.store = requireNonNull(store, "store");
        this.clock = requireNonNull(clock, "clock");
    }

    // TODO: phones are not yet sent a NOTIFY; until the registrar's check-sync is wired in here, a
    // resync or reboot asked for in the portal waits for the phone's own next fetch or restart.
    @Override
    public void request(Device device, Action action, Caller requestedBy) {
        store.inTransaction(tx -> store.auditLog().append(
                tx, requestedBy.audit(device.companyId(), "device." + action.name().toLowerCase(Locale.ROOT),
                                      "device", device.id(), device.mac().value(), clock.instant())));
    }
}
