package io.deskprov.provisioning;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

import io.deskprov.store.device.MacAddress;
import io.deskprov.store.device.Vendor;

/**
 * A genuine phone that asked for files while no company has it, or while it is unassigned, so
 * that an admin can add it.
 *
 * @param firmware the version the phone reported, or empty when it gave none
 */
public record Sighting(Instant at, MacAddress mac, Vendor vendor, String model, String firmware,
                       String remoteAddress, String fileName) {

    public Sighting {
        requireNonNull(at, "at");
        requireNonNull(mac, "mac");
        requireNonNull(vendor, "vendor");
        requireNonNull(model, "model");
        requireNonNull(firmware, "firmware");
        requireNonNull(remoteAddress, "remoteAddress");
        requireNonNull(fileName, "fileName");
    }
}
