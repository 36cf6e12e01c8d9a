package io.deskprov.store.session;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import io.deskprov.store.account.RoleName;

/**
 * A login session. It is known by a hash of its cookie value, never by the value itself.
 *
 * @param idHash the hash of the cookie value
 * @param activeRole the role the user acts in now, one of the account's roles
 * @param csrfHash the hash of the session's CSRF token
 * @param sourceAddress the address the login came from, if known
 */
public record LoginSession(String idHash, long accountId, RoleName activeRole, String csrfHash,
                           Instant createdAt, Instant lastSeenAt, Instant expiresAt,
                           @Nullable String sourceAddress) {

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
