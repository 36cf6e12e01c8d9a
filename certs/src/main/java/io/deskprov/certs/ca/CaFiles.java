package io.deskprov.certs.ca;

import static java.util.Objects.requireNonNull;

import io.deskprov.certs.KeyMaterial;
import io.deskprov.certs.KeyMaterialFiles;
import io.deskprov.certs.NotACertificateException;
import io.deskprov.certs.PkiException;
import io.deskprov.certs.PkiLayout;
import io.deskprov.certs.WrongPassphraseException;
import io.deskprov.certs.internal.SafeFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Collections;
import java.util.List;

/**
 * Stores our CA on disk and loads it again: as PEM files in the PKI directory with an
 * owner-only key file, or as one PKCS#12 file protected by a passphrase.
 */
public final class CaFiles {
    private static final String ALIAS = "deskprov-ca";

    private CaFiles() {
    }

    /**
     * Returns whether the PKI directory holds both the CA certificate and its key.
     */
    public static boolean exist(PkiLayout layout) {
        return Files.exists(layout.caCertificate()) && Files.exists(layout.caKey());
    }

    /**
     * Writes {@code ca.crt} and the owner-only {@code ca.key} into the PKI directory.
     */
    public static void save(CertificateAuthority ca, PkiLayout layout) throws PkiException {
        new KeyMaterial(List.of(ca.certificate()), ca.privateKey())
                .write(new KeyMaterialFiles(layout.caCertificate(), layout.caKey()));
    }

    /**
     * Loads the CA from {@code ca.crt} and {@code ca.key} in the PKI directory.
     *
     * @throws PkiException if a file is missing or unreadable, or they do not form a CA
     */
    public static CertificateAuthority load(PkiLayout layout, PkiSettings settings, Clock clock) throws PkiException {
        final KeyMaterial material = KeyMaterial.read(new KeyMaterialFiles(layout.caCertificate(), layout.caKey()));
        return CertificateAuthority.of(material.certificate(), material.privateKey(), settings, clock);
    }

    /**
     * Writes the CA certificate and key into one owner-only PKCS#12 file.
     */
    public static void savePkcs12(CertificateAuthority ca, Path file, char[] passphrase) throws PkiException {
        requireNonNull(passphrase, "passphrase");
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            final KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ALIAS, ca.privateKey(), passphrase, new Certificate[] {ca.certificate()});
            store.store(bytes, passphrase);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("encoding the CA as PKCS#12 in memory failed", e);
        }
        SafeFiles.writeSecret(file, bytes.toByteArray());
    }

    /**
     * Loads the CA from a PKCS#12 file, taking its first key entry.
     *
     * @throws WrongPassphraseException if the passphrase does not open the file
     * @throws PkiException if the file is unreadable, no PKCS#12 file, or holds no usable CA
     */
    public static CertificateAuthority loadPkcs12(Path file, char[] passphrase, PkiSettings settings, Clock clock)
            throws PkiException {
        requireNonNull(passphrase, "passphrase");
        final KeyStore store = openPkcs12(file, passphrase);
        try {
            for (String alias : Collections.list(store.aliases())) {
                final Key key = store.getKey(alias, passphrase);
                if (key instanceof PrivateKey privateKey) {
                    return CertificateAuthority.of((X509Certificate) store.getCertificate(alias), privateKey,
                                                   settings, clock);
                }
            }
        } catch (UnrecoverableKeyException e) {
            throw new WrongPassphraseException(file, e);
        } catch (GeneralSecurityException e) {
            throw new NotACertificateException(file, "holds a key entry that cannot be read", e);
        }
        throw new NotACertificateException(file, "holds no private key", null);
    }

    private static KeyStore openPkcs12(Path file, char[] passphrase) throws PkiException {
        final byte[] bytes = SafeFiles.read(file);
        try {
            final KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(bytes), passphrase);
            return store;
        } catch (IOException e) {
            // The JDK reports a wrong password as an I/O error caused by an unrecoverable key.
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new WrongPassphraseException(file, e);
            }
            throw new NotACertificateException(file, "is not a PKCS#12 file", e);
        } catch (GeneralSecurityException e) {
            throw new NotACertificateException(file, "is not a readable PKCS#12 file", e);
        }
    }
}
