package io.deskprov.portal.device;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import io.deskprov.portal.auth.Caller;
import io.deskprov.store.Store;
import io.deskprov.store.device.Device;

/**
 * Records check-sync requests in the audit log, then hands them to the sender that reaches the
 * phone (the SIP registrar's NOTIFY), where the node runs one.
 */
public final class AuditedCheckSync implements CheckSync {
    private final Store store;
    private final Clock clock;
    private final @Nullable CheckSync sender;

    /**
     * @param sender what reaches the phone, or null on a node without a registrar: the request is
     *        then only recorded, and the phone takes the change at its next fetch or restart
     */
    public AuditedCheckSync(Store store, Clock clock, @Nullable CheckSync sender) {
        this.store = requireNonNull(store, "store");
        this.clock = requireNonNull(clock, "clock");
        this.sender = sender;
    }

    @Override
    public void request(Device device, Action action, Caller requestedBy) {
        store.inTransaction(tx -> store.auditLog().append(
                tx, requestedBy.audit(device.companyId(), "device." + action.name().toLowerCase(Locale.ROOT),
                                      "device", device.id(), device.mac().value(), clock.instant())));
        if (sender != null) {
            sender.request(device, action, requestedBy);
        }
    }
}
