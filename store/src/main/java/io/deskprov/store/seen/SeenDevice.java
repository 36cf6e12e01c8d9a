package io.deskprov.store.seen;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import io.deskprov.store.device.MacAddress;
import io.deskprov.store.device.Vendor;

/**
 * An unassigned phone and what it last told about itself.
 *
 * @param timesSeen how many requests it made since it was first seen
 */
public record SeenDevice(MacAddress mac, Vendor vendor, @Nullable String model, @Nullable String firmware,
                         @Nullable String userAgent, String sourceAddress, Instant firstSeenAt, Instant lastSeenAt,
                         long timesSeen) {
}
