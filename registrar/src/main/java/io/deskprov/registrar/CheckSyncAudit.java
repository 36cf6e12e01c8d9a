package io.deskprov.registrar;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.deskprov.store.Store;
import io.deskprov.store.audit.AuditEntry;

/**
 * Writes check-sync outcomes to the audit log, where the portal shows a device's history. Only
 * contacts tied to a device are recorded; details name the outcome, never credentials.
 */
final class CheckSyncAudit {
    private static final Logger logger = LoggerFactory.getLogger(CheckSyncAudit.class);
    static final String ACTOR = "registrar";
    static final String ACTION = "device.check-sync";

    private final Store store;
    private final Clock clock;

    CheckSyncAudit(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Records the outcome of a NOTIFY to one contact of the target's device, if it has one. */
    void notified(NotifySender.Target target, String outcome) {
        if (target.deviceId() == null || target.companyId() == null) {
            return;
        }
        final String details = "sent to 1 contact of " + target.aor() + ", " + outcome;
        record(target.companyId(), target.deviceId(), details);
    }

    /** Records an outcome of the device as a whole, such as having no contact to tell. */
    void record(long companyId, long deviceId, String details) {
        final AuditEntry entry = new AuditEntry(ACTOR, companyId, ACTION, "device", String.valueOf(deviceId),
                                                details, null, clock.instant());
        try {
            store.inTransaction(tx -> store.auditLog().append(tx, entry));
        } catch (RuntimeException e) {
            // The NOTIFY's outcome is logged and counted already; only the portal's view is short.
            logger.warn("device {} check-sync outcome not audited: {}", deviceId, details, e);
        }
    }
}
