package io.deskprov.certs.revocation;

import static java.util.Objects.requireNonNull;

import java.math.BigInteger;
import java.time.Instant;

/**
 * One revoked certificate of our CA.
 *
 * @param serialNumber the serial number of the certificate
 * @param revokedAt when it was revoked
 */
public record RevokedCertificate(BigInteger serialNumber, Instant revokedAt) {
    /**
     * Creates the entry; the serial number must be positive.
     */
    public RevokedCertificate {
        requireNonNull(serialNumber, "serialNumber");
        requireNonNull(revokedAt, "revokedAt");
        if (serialNumber.signum() <= 0) {
            throw new IllegalArgumentException("serialNumber: " + serialNumber + " (expected a positive number)");
        }
    }
}
