package io.deskprov.app.pki;

import java.nio.file.Path;
import java.time.Clock;

import io.deskprov.app.config.Configuration;
import io.deskprov.app.config.Keys;
import io.deskprov.certs.PkiException;
import io.deskprov.certs.PkiLayout;
import io.deskprov.certs.ca.CaFiles;
import io.deskprov.certs.ca.CertificateAuthority;
import io.deskprov.certs.ca.PkiSettings;
import io.deskprov.certs.ca.ServerCertificateBootstrap;

/** Where the configuration says our CA lives: a PKCS#12 file, or PEM files in the data directory. */
final class CaSource {
    private CaSource() {
    }

    static PkiSettings settings(Configuration config) {
        final PkiSettings.Builder settings = PkiSettings.builder()
                                                        .keyType(config.get(Keys.PKI_KEY_TYPE))
                                                        .serverValidity(config.get(Keys.PKI_SERVER_VALIDITY))
                                                        .deviceValidity(config.get(Keys.PKI_DEVICE_VALIDITY));
        if (!config.isEmpty(Keys.PKI_CRL_URL)) {
            settings.crlDistributionPoint(config.get(Keys.PKI_CRL_URL));
        }
        return settings.build();
    }

    static PkiLayout layout(Path dataDir) {
        return PkiLayout.inDataDirectory(dataDir);
    }

    /** Whether the configured CA exists already. */
    static boolean exists(Configuration config, Path dataDir) {
        return usesPkcs12(config) ? config.get(Keys.PKI_CA_PKCS12_FILE).toFile().exists()
                                  : CaFiles.exist(layout(dataDir));
    }

    /** Loads the CA, making it first when it is kept as PEM files and none exists yet. */
    static CertificateAuthority loadOrCreate(Configuration config, Path dataDir, Clock clock) throws PkiException {
        if (usesPkcs12(config)) {
            return CaFiles.loadPkcs12(config.get(Keys.PKI_CA_PKCS12_FILE), passphrase(config),
                                      settings(config), clock);
        }
        return new ServerCertificateBootstrap(layout(dataDir), settings(config), clock).ensureCa();
    }

    /** Makes a new CA where the configuration keeps it; the caller checked that none exists. */
    static CertificateAuthority create(Configuration config, Path dataDir, Clock clock) throws PkiException {
        final CertificateAuthority ca = CertificateAuthority.create(settings(config), clock);
        if (usesPkcs12(config)) {
            CaFiles.savePkcs12(ca, config.get(Keys.PKI_CA_PKCS12_FILE), passphrase(config));
        } else {
            CaFiles.save(ca, layout(dataDir));
        }
        return ca;
    }

    /** Where the CA certificate is, for phones and browsers to download and trust. */
    static Path certificateFile(Path dataDir) {
        return layout(dataDir).caCertificate();
    }

    private static boolean usesPkcs12(Configuration config) {
        return !config.isEmpty(Keys.PKI_CA_PKCS12_FILE);
    }

    private static char[] passphrase(Configuration config) {
        return config.get(Keys.PKI_CA_PASSPHRASE).toCharArray();
    }
}
