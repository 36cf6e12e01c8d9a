package io.deskprov.provisioning;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

import io.deskprov.store.device.MacAddress;

/**
 * One file served to or received from an authenticated device, for its history.
 *
 * @param status the HTTP status answered
 * @param bytes the bytes sent (or received, for an upload)
 */
public record ProvisioningEvent(Instant at, MacAddress mac, String fileName, String method, int status,
                                long bytes, String remoteAddress, String userAgent) {

    public ProvisioningEvent {
        requireNonNull(at, "at");
        requireNonNull(mac, "mac");
        requireNonNull(fileName, "fileName");
        requireNonNull(method, "method");
        requireNonNull(remoteAddress, "remoteAddress");
        requireNonNull(userAgent, "userAgent");
    }
}
