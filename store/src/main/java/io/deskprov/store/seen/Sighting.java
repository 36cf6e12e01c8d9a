package io.deskprov.store.seen;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import io.deskprov.store.device.MacAddress;
import io.deskprov.store.device.Vendor;

/** One request of an unknown phone, as the provisioning server saw it. */
public record Sighting(MacAddress mac, Vendor vendor, @Nullable String model, @Nullable String firmware,
                       @Nullable String userAgent, String sourceAddress, Instant at) {

    public Sighting {
        requireNonNull(mac, "mac");
        requireNonNull(vendor, "vendor");
        requireNonNull(sourceAddress, "sourceAddress");
        requireNonNull(at, "at");
    }
}
