package io.deskprov.certs.revocation;

import io.deskprov.certs.PkiException;
import java.security.cert.X509CRL;

/**
 * Hands out the current certificate revocation list of our CA.
 */
@FunctionalInterface
public interface CrlSource {
    /**
     * Returns the current CRL, which must be signed by our CA and not past its next update.
     *
     * @throws PkiException if no current CRL can be had
     */
    X509CRL currentCrl() throws PkiException;
}
