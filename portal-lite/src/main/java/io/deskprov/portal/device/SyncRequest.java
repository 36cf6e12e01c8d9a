package io.deskprov.portal.device;

import java.time.Instant;

/** A resync or reboot request as recorded. */
public record SyncRequest(long deviceId, SyncKind kind, Instant requestedAt, String requestedBy) {
}
