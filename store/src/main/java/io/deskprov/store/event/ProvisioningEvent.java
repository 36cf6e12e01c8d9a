package io.deskprov.store.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import io.deskprov.store.device.MacAddress;

/**
 * One file a phone fetched or uploaded.
 *
 * @param deviceId the device, null when the request named none deskprov knows
 * @param mac the MAC the request named, if any
 * @param method the HTTP method, such as {@code GET} or {@code PUT}
 * @param status the HTTP status answered
 * @param bytes the body size sent or received
 * @param durationUs how long the request took, in microseconds
 */
public record ProvisioningEvent(@Nullable Long deviceId, @Nullable MacAddress mac, Instant occurredAt, String method,
                                String fileName, int status, long bytes, long durationUs, String sourceAddress,
                                @Nullable String userAgent) {

    public ProvisioningEvent {
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(method, "method");
        requireNonNull(fileName, "fileName");
        requireNonNull(sourceAddress, "sourceAddress");
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("status: " + status + " (expected: 100 to 599)");
        }
        if (bytes < 0) {
            throw new IllegalArgumentException("bytes: " + bytes + " (expected: >= 0)");
        }
        if (durationUs < 0) {
            throw new IllegalArgumentException("durationUs: " + durationUs + " (expected: >= 0)");
        }
    }

    /** Whether the phone got a file: a GET answered with success or "not modified". */
    public boolean isFetch() {
        return "GET".equals(method) && (status / 100 == 2 || status == 304);
    }
}
