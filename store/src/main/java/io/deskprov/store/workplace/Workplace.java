package io.deskprov.store.workplace;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One employee's telephony in a group of a company. It never changes group: to move, it is
 * deleted and made anew in the other group.
 *
 * @param activatedAt when it went into service, null while it is only ordered
 * @param deletedAt when it was deleted, null until then
 */
public record Workplace(long id, long companyId, long groupId, Person person, Profile profile,
                        WorkplaceState state, Instant orderedAt, @Nullable Instant activatedAt,
                        @Nullable Instant deletedAt) {

    /** How long a workplace stays in service at least once activated. */
    public static final Duration MINIMUM_TERM = Duration.ofDays(30);

    /**
     * The earliest instant the workplace may be deleted: {@link #MINIMUM_TERM} after activation.
     * A workplace never activated may go at once, so its order time is returned. Enforcing the
     * rule is the portal's task; this only computes it.
     */
    public Instant earliestDeletion() {
        return activatedAt == null ? orderedAt : activatedAt.plus(MINIMUM_TERM);
    }
}
