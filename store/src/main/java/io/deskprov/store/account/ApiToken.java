package io.deskprov.store.account;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A token for automation, without its hash. Revoked tokens are kept so that their use stays explained. */
public record ApiToken(long id, long accountId, String name, Instant createdAt, @Nullable Instant lastUsedAt,
                       @Nullable Instant revokedAt) {

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
