package io.deskprov.store.registration;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Where a SIP account can be reached: one Contact of its registrations.
 *
 * @param qValue the Contact's preference between 0 and 1, null when the phone gave none
 * @param registeredAt when this contact first registered
 * @param refreshedAt when it last renewed its registration
 * @param reachable what the last OPTIONS probe found, null before the first probe
 * @param roundTripMs how long the last successful probe took, if one did
 */
public record RegistrationBinding(long sipAccountId, String contactUri, String callId, long cseq,
                                  @Nullable Double qValue, Transport transport, String sourceAddress,
                                  @Nullable String userAgent, Instant registeredAt, Instant refreshedAt,
                                  Instant expiresAt, @Nullable Boolean reachable, @Nullable Integer roundTripMs,
                                  @Nullable Instant probedAt) {

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
