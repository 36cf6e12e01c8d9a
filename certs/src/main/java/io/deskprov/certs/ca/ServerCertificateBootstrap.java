package io.deskprov.certs.ca;

import static java.util.Objects.requireNonNull;

import io.deskprov.certs.KeyMaterial;
import io.deskprov.certs.KeyMaterialFiles;
import io.deskprov.certs.PkiException;
import io.deskprov.certs.PkiLayout;
import io.deskprov.certs.UnusableKeyMaterialException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prepares the TLS certificate of our listeners at start: the operator's own certificate if one
 * is configured, otherwise a server certificate from our CA, making the CA and the certificate
 * when they are missing. Running it again changes nothing that is still good.
 */
public final class ServerCertificateBootstrap {
    private static final Logger logger = LoggerFactory.getLogger(ServerCertificateBootstrap.class);

    private final PkiLayout layout;
    private final PkiSettings settings;
    private final Clock clock;

    /**
     * Creates a bootstrap for the PKI directory of {@code layout}.
     */
    public ServerCertificateBootstrap(PkiLayout layout, PkiSettings settings, Clock clock) {
        this.layout = requireNonNull(layout, "layout");
        this.settings = requireNonNull(settings, "settings");
        this.clock = requireNonNull(clock, "clock");
    }

    /**
     * Returns the files a TLS listener should serve.
     *
     * @param operatorSupplied the chain and key the operator configured, for example from a
     *        public CA, or {@code null} to use a certificate of our own CA
     * @param hostNamesAndAddresses the names a certificate of our own must cover
     * @throws PkiException if the operator's files are unusable, or ours cannot be made
     */
    public KeyMaterialFiles ensure(@Nullable KeyMaterialFiles operatorSupplied, List<String> hostNamesAndAddresses)
            throws PkiException {
        requireNonNull(hostNamesAndAddresses, "hostNamesAndAddresses");
        if (operatorSupplied != null) {
            return checkSupplied(operatorSupplied);
        }
        return ensureIssuedBy(ensureCa(), hostNamesAndAddresses);
    }

    /**
     * Returns the files of a server certificate from {@code ca} covering the names, issuing one
     * into the PKI directory when there is none, or the one there is no longer good. For a CA
     * kept elsewhere than the PKI directory, such as a PKCS#12 file.
     *
     * @throws PkiException if the certificate cannot be made or written
     */
    public KeyMaterialFiles ensureIssuedBy(CertificateAuthority ca, List<String> hostNamesAndAddresses)
            throws PkiException {
        requireNonNull(ca, "ca");
        requireNonNull(hostNamesAndAddresses, "hostNamesAndAddresses");
        final KeyMaterialFiles files = new KeyMaterialFiles(layout.serverCertificate(), layout.serverKey());
        final @Nullable String reason = reasonToIssue(files, ca, hostNamesAndAddresses);
        if (reason != null) {
            ca.issueServerCertificate(hostNamesAndAddresses).write(files);
            logger.info("Issued server certificate {} for {}: {}", files.certificateChain(), hostNamesAndAddresses,
                        reason);
        }
        return files;
    }

    /**
     * Loads our CA from the PKI directory, or creates and stores it when neither of its files
     * exists yet. Logs the CA fingerprint, which operators compare when they install the CA.
     */
    public CertificateAuthority ensureCa() throws PkiException {
        final boolean certificateExists = Files.exists(layout.caCertificate());
        final boolean keyExists = Files.exists(layout.caKey());
        if (certificateExists != keyExists) {
            throw new UnusableKeyMaterialException("only one of " + layout.caCertificate() + " and "
                    + layout.caKey() + " exists; restore the other or remove both to make a new CA");
        }
        final CertificateAuthority ca;
        if (certificateExists) {
            ca = CaFiles.load(layout, settings, clock);
        } else {
            ca = CertificateAuthority.create(settings, clock);
            CaFiles.save(ca, layout);
            logger.info("Created CA {} in {}", ca.certificate().getSubjectX500Principal().getName(),
                        layout.directory());
        }
        logger.info("CA SHA-256 fingerprint {}", ca.fingerprint());
        return ca;
    }

    private KeyMaterialFiles checkSupplied(KeyMaterialFiles supplied) throws PkiException {
        final KeyMaterial material = KeyMaterial.read(supplied);
        final Instant notAfter = material.certificate().getNotAfter().toInstant();
        if (notAfter.isBefore(clock.instant())) {
            throw new UnusableKeyMaterialException("the certificate in " + supplied.certificateChain()
                    + " expired at " + notAfter);
        }
        logger.info("Using the configured server certificate {}", supplied.certificateChain());
        return supplied;
    }

    private @Nullable String reasonToIssue(KeyMaterialFiles files, CertificateAuthority ca, List<String> names) {
        if (!Files.exists(files.certificateChain()) || !Files.exists(files.privateKey())) {
            return "none yet";
        }
        try {
            final KeyMaterial material = KeyMaterial.read(files);
            return ServerCertificateCheck.problem(material.certificate(), ca, names, clock.instant());
        } catch (PkiException e) {
            return "the previous one is unusable (" + e.getMessage() + ")";
        }
    }
}
