package io.deskprov.registrar;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.deskprov.store.registration.Transport;

/**
 * What the portal's expert view shows about a phone's SIP side.
 *
 * @param contacts the unexpired registrations of the device's accounts, empty when not registered
 * @param lastConfigFetch when the phone last fetched a file, null if never
 */
public record DeviceStatus(long deviceId, List<Contact> contacts, @Nullable Instant lastConfigFetch) {

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
