package io.deskprov.certs.ca;

import static java.util.Objects.requireNonNull;

import io.deskprov.certs.PkiException;
import io.deskprov.certs.internal.PemFiles;
import io.deskprov.certs.internal.SafeFiles;
import io.deskprov.certs.revocation.CrlSource;
import io.deskprov.certs.revocation.RevocationStore;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Revokes our certificates and keeps {@code crl.pem} current: the CRL is signed again after
 * every revocation and once half of its validity has passed.
 */
public final class CrlPublisher implements CrlSource {
    private static final Logger logger = LoggerFactory.getLogger(CrlPublisher.class);

    private final CertificateAuthority ca;
    private final RevocationStore store;
    private final Path crlFile;
    private final Clock clock;
    private @Nullable X509CRL current;

    /**
     * Creates a publisher writing to {@code crlFile}, usually {@code <data>/pki/crl.pem}.
     */
    public CrlPublisher(CertificateAuthority ca, RevocationStore store, Path crlFile, Clock clock) {
        this.ca = requireNonNull(ca, "ca");
        this.store = requireNonNull(store, "store");
        this.crlFile = requireNonNull(crlFile, "crlFile");
        this.clock = requireNonNull(clock, "clock");
    }

    /**
     * Revokes the certificate with {@code serialNumber} from now on and publishes a new CRL.
     */
    public synchronized X509CRL revoke(BigInteger serialNumber) throws PkiException {
        requireNonNull(serialNumber, "serialNumber");
        store.revoke(serialNumber, clock.instant());
        logger.info("Certificate {} revoked", serialNumber.toString(16));
        return publish();
    }

    /**
     * Signs a CRL of everything revoked so far and writes it to the CRL file.
     */
    public synchronized X509CRL publish() throws PkiException {
        final X509CRL crl = ca.issueCrl(store.revoked());
        SafeFiles.writePublic(crlFile, PemFiles.toPem(List.of(crl)).getBytes(StandardCharsets.US_ASCII));
        current = crl;
        return crl;
    }

    @Override
    public synchronized X509CRL currentCrl() throws PkiException {
        final X509CRL crl = current;
        if (crl == null || isHalfway(crl, clock.instant())) {
            return publish();
        }
        return crl;
    }

    private static boolean isHalfway(X509CRL crl, Instant now) {
        final Instant thisUpdate = crl.getThisUpdate().toInstant();
        final Instant nextUpdate = crl.getNextUpdate().toInstant();
        return now.isAfter(thisUpdate.plus(Duration.between(thisUpdate, nextUpdate).dividedBy(2)));
    }
}
