package io.deskprov.store.registration;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How a phone is doing on its SIP side and with its configuration, as the portal's expert view
 * shows it.
 *
 * @param contacts the unexpired registrations of the phone, empty when it is not registered
 * @param lastConfigFetch when the phone last fetched a file, null if never
 * @param lastFetchedFile which file that was
 */
public record DeviceStatus(long deviceId, List<Contact> contacts, @Nullable Instant lastConfigFetch,
                           @Nullable String lastFetchedFile) {

    public DeviceStatus {
        contacts = List.copyOf(contacts);
    }

    public boolean isRegistered() {
        return !contacts.isEmpty();
    }

    /**
     * One registered contact.
     *
     * @param source the address and port the REGISTER came from
     * @param agent what the User-Agent tells, null for a form we do not read
     * @param reachable what the last OPTIONS probe found, null before the first
     * @param roundTripMs how long the last answered probe took
     */
    public record Contact(String aor, String contactUri, Transport transport, String source,
                          @Nullable String userAgent, @Nullable PhoneAgent agent, Instant registeredSince,
                          Instant expiresAt, @Nullable Boolean reachable, @Nullable Integer roundTripMs,
                          @Nullable Instant probedAt) {
    }
}
