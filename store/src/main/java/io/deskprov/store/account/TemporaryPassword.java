package io.deskprov.store.account;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** A one-time password mailed to a user, as a hash with the instant it stops working. */
public record TemporaryPassword(String hash, Instant expiresAt) {

    public TemporaryPassword {
        requireNonNull(hash, "hash");
        requireNonNull(expiresAt, "expiresAt");
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    @Override
    public String toString() {
        // Even a hash helps an offline guesser; it stays out of logs.
        return "TemporaryPassword[expiresAt=" + expiresAt + ']';
    }
}
