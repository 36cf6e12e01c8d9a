package io.deskprov.certs.device;

import static java.util.Objects.requireNonNull;

import io.deskprov.certs.MacAddress;

/**
 * The device a verified client certificate belongs to.
 *
 * @param mac the MAC address named in the certificate
 * @param issuer the vendor whose CA issued it (such as {@code yealink}), or {@code deskprov}
 * @param source whether our CA or a vendor CA issued it
 */
public record DeviceIdentity(MacAddress mac, String issuer, CertificateSource source) {
    /**
     * Creates the identity.
     */
    public DeviceIdentity {
        requireNonNull(mac, "mac");
        requireNonNull(issuer, "issuer");
        requireNonNull(source, "source");
    }
}
