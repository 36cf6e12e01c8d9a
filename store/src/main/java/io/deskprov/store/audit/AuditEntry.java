package io.deskprov.store.audit;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One thing someone did.
 *
 * @param actor the username, or a name such as {@code system} for the server's own work
 * @param companyId the company it concerned, null for platform-wide actions
 * @param action what was done, such as {@code workplace.delete}
 * @param targetKind what kind of thing it was done to, such as {@code workplace}
 * @param targetId which one, if it has an id
 * @param details free text; never passwords or secrets
 */
public record AuditEntry(String actor, @Nullable Long companyId, String action, String targetKind,
                         @Nullable String targetId, @Nullable String details, @Nullable String sourceAddress,
                         Instant at) {

    public AuditEntry {
        requireNonNull(actor, "actor");
        requireNonNull(action, "action");
        requireNonNull(targetKind, "targetKind");
        requireNonNull(at, "at");
        if (actor.isBlank()) {
            throw new IllegalArgumentException("actor: must not be blank");
        }
        if (action.isBlank()) {
            throw new IllegalArgumentException("action: must not be blank");
        }
    }
}
