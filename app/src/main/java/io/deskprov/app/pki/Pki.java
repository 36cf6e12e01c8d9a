package io.deskprov.app.pki;

import static java.util.Objects.requireNonNull;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.deskprov.app.config.Configuration;
import io.deskprov.app.config.Keys;
import io.deskprov.certs.KeyMaterialFiles;
import io.deskprov.certs.PkiException;
import io.deskprov.certs.PkiLayout;
import io.deskprov.certs.ca.CertificateAuthority;
import io.deskprov.certs.ca.CrlPublisher;
import io.deskprov.certs.ca.ServerCertificateBootstrap;
import io.deskprov.certs.device.DeviceCertificateVerifier;
import io.deskprov.certs.device.MacExtractionRules;
import io.deskprov.certs.device.VendorTrust;
import io.deskprov.certs.expiry.CertificateExpiryMonitor;
import io.deskprov.certs.revocation.CrlSource;
import io.deskprov.certs.tls.ReloadingKeyMaterial;
import io.deskprov.store.Store;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The PKI of a running node: the key material its TLS listeners serve (reloaded when the files
 * change), the verifier for phones' client certificates, and our CA with its revocation list
 * where there is one. With the operator's own certificate configured and no CA made by
 * {@code deskprov certs init}, there is no CA: phones then authenticate by password or by
 * vendor factory certificate.
 */
public final class Pki {
    private static final Logger logger = LoggerFactory.getLogger(Pki.class);

    private final Path caCertificateFile;
    private final ReloadingKeyMaterial serverMaterial;
    private final @Nullable CertificateAuthority ca;
    private final @Nullable CrlPublisher crl;
    private final DeviceCertificateVerifier verifier;
    private final CertificateExpiryMonitor expiry;

    private Pki(Path caCertificateFile, ReloadingKeyMaterial serverMaterial, @Nullable CertificateAuthority ca,
                @Nullable CrlPublisher crl, DeviceCertificateVerifier verifier, CertificateExpiryMonitor expiry) {
        this.caCertificateFile = caCertificateFile;
        this.serverMaterial = serverMaterial;
        this.ca = ca;
        this.crl = crl;
        this.verifier = verifier;
        this.expiry = expiry;
    }

    /**
     * Prepares the certificates the configuration asks for, making our CA and a server
     * certificate on first start when the operator configured none.
     *
     * @throws PkiException naming the file or setting that is unusable
     */
    public static Pki start(Configuration config, Path dataDir, Store store, Clock clock, MeterRegistry registry)
            throws PkiException {
        requireNonNull(store, "store");
        requireNonNull(registry, "registry");
        final PkiLayout layout = CaSource.layout(dataDir);
        final ServerCertificateBootstrap bootstrap =
                new ServerCertificateBootstrap(layout, CaSource.settings(config), clock);
        final @Nullable CertificateAuthority ca;
        final KeyMaterialFiles serverFiles;
        if (config.isEmpty(Keys.TLS_CERTIFICATE_FILE)) {
            ca = CaSource.loadOrCreate(config, dataDir, clock);
            CaCertificateFile.write(ca.certificate(), layout.caCertificate());
            serverFiles = bootstrap.ensureIssuedBy(ca, hostNames(config));
        } else {
            serverFiles = bootstrap.ensure(operatorFiles(config), List.of());
            ca = CaSource.exists(config, dataDir) ? CaSource.loadOrCreate(config, dataDir, clock) : null;
        }
        final ReloadingKeyMaterial material =
                ReloadingKeyMaterial.open(serverFiles, config.get(Keys.TLS_RELOAD_INTERVAL), clock);
        final CrlPublisher crl = ca == null ? null
                : new CrlPublisher(ca, new StoreRevocations(store), layout.crl(), clock);
        final CrlSource crls = crl != null ? crl : CaCertificateFile.noCrl();
        final DeviceCertificateVerifier verifier = new DeviceCertificateVerifier(
                ca == null ? null : ca.certificate(), crls,
                VendorTrust.load(layout.vendorCaDirectory(), MacExtractionRules.vendorDefaults()), clock);
        final CertificateExpiryMonitor expiry = new CertificateExpiryMonitor(registry, clock);
        expiry.watch("server", () -> material.current().certificate());
        if (ca != null) {
            expiry.watch("ca", ca::certificate);
            logger.info("CA ready: fingerprint={} certificate={}", ca.fingerprint(), layout.caCertificate());
        }
        final Pki pki = new Pki(layout.caCertificate(), material, ca, crl, verifier, expiry);
        pki.checkExpiry();
        pki.refreshRevocations();
        return pki;
    }

    /** The operator's chain and key, with the key's passphrase when it is encrypted. */
    private static KeyMaterialFiles operatorFiles(Configuration config) {
        final char @Nullable [] passphrase = config.isEmpty(Keys.TLS_KEY_PASSPHRASE) ? null
                                  : config.get(Keys.TLS_KEY_PASSPHRASE).toCharArray();
        return new KeyMaterialFiles(config.get(Keys.TLS_CERTIFICATE_FILE), config.get(Keys.TLS_KEY_FILE), passphrase);
    }

    /** The key material TLS listeners serve; it follows changes of the files. */
    public ReloadingKeyMaterial serverKeyMaterial() {
        return serverMaterial;
    }

    /** Verifies phones' client certificates: ours and the configured vendors'. */
    public DeviceCertificateVerifier deviceVerifier() {
        return verifier;
    }

    /** Our CA, when this node has one. */
    public Optional<CertificateAuthority> certificateAuthority() {
        return Optional.ofNullable(ca);
    }

    /** Our revocation list, when this node has a CA. */
    public Optional<CrlPublisher> revocations() {
        return Optional.ofNullable(crl);
    }

    /** Our CA's certificate, the one file phones and browsers are given to trust, when there is a CA. */
    public Optional<X509Certificate> caCertificate() {
        return ca == null ? Optional.empty() : Optional.of(ca.certificate());
    }

    /** Where our CA's certificate is written. */
    public Path caCertificateFile() {
        return caCertificateFile;
    }

    /**
     * Signs the revocation list anew from the database, so that revocations made on any node,
     * and devices unassigned anywhere, reach this node's listeners. Runs off the event loops.
     */
    public void refreshRevocations() {
        if (crl == null) {
            return;
        }
        try {
            crl.publish();
        } catch (PkiException e) {
            logger.warn("Revocation list not refreshed; the previous one stays in force", e);
        }
    }

    /** Logs a warning for each certificate in use that expires within 30 days. */
    public List<String> checkExpiry() {
        return expiry.check();
    }

    /** The names our server certificate covers: the configured ones, else this machine's. */
    public static List<String> hostNames(Configuration config) {
        final List<String> configured = config.get(Keys.TLS_NAMES);
        if (!configured.isEmpty()) {
            return configured;
        }
        final List<String> names = new ArrayList<>(List.of("localhost", "127.0.0.1", "::1"));
        try {
            final String host = InetAddress.getLocalHost().getHostName();
            if (!names.contains(host)) {
                names.add(host);
            }
        } catch (UnknownHostException e) {
            logger.warn("This machine's host name is unknown; the server certificate covers only loopback names."
                        + " Set tls.names to the names phones use", e);
        }
        return names;
    }
}
