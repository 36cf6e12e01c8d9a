package io.deskprov.certs.revocation;

import io.deskprov.certs.PkiException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;

/**
 * Keeps the serial numbers of the certificates our CA has revoked, for example when a device is
 * unassigned. The CRL is built from it. The app keeps it in the database, so that every node
 * sharing that database refuses the same certificates; {@link FileRevocationStore} serves a
 * node on its own.
 */
public interface RevocationStore {
    /**
     * Records that the certificate with {@code serialNumber} is revoked as of {@code revokedAt};
     * revoking a certificate twice keeps the first time.
     *
     * @throws PkiException if the record cannot be kept
     */
    void revoke(BigInteger serialNumber, Instant revokedAt) throws PkiException;

    /**
     * Returns every revoked certificate, in the order they were revoked.
     *
     * @throws PkiException if the records cannot be read
     */
    List<RevokedCertificate> revoked() throws PkiException;
}
