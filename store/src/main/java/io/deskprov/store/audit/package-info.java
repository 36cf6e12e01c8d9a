/**
 * The audit trail: who did what, kept by name so that it outlives deleted accounts. Entry point:
 * {@link io.deskprov.store.audit.AuditLogRepository}.
 */
@NullMarked
package io.deskprov.store.audit;

import org.jspecify.annotations.NullMarked;
