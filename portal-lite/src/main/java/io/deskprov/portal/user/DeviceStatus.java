package io.deskprov.portal.user;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import io.deskprov.store.registration.Transport;

/**
 * A phone's status for the expert view; the registration fields are null while it is not registered.
 *
 * @param since when the registration began
 * @param expires when it ends unless refreshed
 * @param reachable what the last OPTIONS probe found, null before the first
 * @param rttMs the last probe's round trip in milliseconds
 * @param lastConfigFetch when the phone last fetched a file, null if never
 */
public record DeviceStatus(long deviceId, boolean registered, @Nullable Instant since, @Nullable Instant expires,
                           @Nullable String contact, @Nullable Transport transport, @Nullable String userAgent,
                           @Nullable Boolean reachable, @Nullable Integer rttMs, @Nullable Instant lastConfigFetch,
                           @Nullable String lastFetchedFile) {
}
