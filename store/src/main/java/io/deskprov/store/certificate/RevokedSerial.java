package io.deskprov.store.certificate;

import static java.util.Objects.requireNonNull;

import java.math.BigInteger;
import java.time.Instant;

/**
 * A revoked certificate of our CA.
 *
 * @param serial the serial number in lower-case hex
 * @param reason why, for operators: "device unassigned", "revoked by operator"
 */
public record RevokedSerial(String serial, Instant revokedAt, String reason) {

    public RevokedSerial {
        requireNonNull(serial, "serial");
        requireNonNull(revokedAt, "revokedAt");
        requireNonNull(reason, "reason");
    }

    public BigInteger serialNumber() {
        return new BigInteger(serial, 16);
    }

    /** The store's form of a serial number. */
    public static String hex(BigInteger serialNumber) {
        return serialNumber.toString(16);
    }
}
