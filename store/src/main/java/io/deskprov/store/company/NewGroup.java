package io.deskprov.store.company;

import static java.util.Objects.requireNonNull;

import java.time.DateTimeException;
import java.time.ZoneId;

/** What an admin fills in to add a group; checked here so the store never holds a bad zone. */
public record NewGroup(String name, Address address, String timeZone, String language) {

    public NewGroup {
        requireNonNull(name, "name");
        requireNonNull(address, "address");
        requireNonNull(timeZone, "timeZone");
        requireNonNull(language, "language");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name: must not be blank");
        }
        try {
            ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(
                    "timeZone: " + timeZone + " (expected: an IANA zone such as Europe/Berlin)", e);
        }
        if (!language.matches("[a-z]{2}(-[A-Z]{2})?")) {
            throw new IllegalArgumentException("language: " + language + " (expected: a tag such as de or en-GB)");
        }
    }
}
