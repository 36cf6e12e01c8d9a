package io.deskprov.certs;

import static java.util.Objects.requireNonNull;

import io.deskprov.certs.internal.KeyPairs;
import io.deskprov.certs.internal.PemFiles;
import io.deskprov.certs.internal.SafeFiles;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A certificate chain and the private key of its first certificate, ready for a TLS handshake.
 *
 * @param chain the certificate first, then its issuers
 * @param privateKey the private key of the first certificate
 */
public record KeyMaterial(List<X509Certificate> chain, PrivateKey privateKey) {
    /**
     * Creates the pair; the chain must not be empty.
     */
    public KeyMaterial {
        chain = List.copyOf(chain);
        requireNonNull(privateKey, "privateKey");
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("chain: [] (expected at least one certificate)");
        }
    }

    /**
     * Reads a chain and its key from PEM files, decrypting the key with the files' passphrase when
     * it is encrypted, and checks that they belong together.
     *
     * @throws UnreadableFileException if a file cannot be read
     * @throws NotACertificateException if a file holds no certificate or no key, or an encrypted
     *         key and no passphrase is given
     * @throws WrongPassphraseException if the passphrase does not open the encrypted key
     * @throws UnusableKeyMaterialException if the key is not the key of the first certificate
     */
    public static KeyMaterial read(KeyMaterialFiles files) throws PkiException {
        final List<X509Certificate> chain = PemFiles.readCertificates(files.certificateChain());
        final PrivateKey key = PemFiles.readPrivateKey(files.privateKey(), files.keyPassphrase());
        if (!KeyPairs.matches(key, chain.get(0).getPublicKey())) {
            throw new UnusableKeyMaterialException(files.privateKey() + " is not the private key of the certificate "
                    + chain.get(0).getSubjectX500Principal() + " in " + files.certificateChain());
        }
        return new KeyMaterial(chain, key);
    }

    /** Returns the first certificate of the chain. */
    public X509Certificate certificate() {
        return chain.get(0);
    }

    /**
     * Writes the chain and, readable by the owner only, the key as PEM files.
     *
     * @throws UnreadableFileException if a file cannot be written
     */
    public void write(KeyMaterialFiles files) throws UnreadableFileException {
        SafeFiles.writeSecret(files.privateKey(), PemFiles.toPem(privateKey).getBytes(StandardCharsets.US_ASCII));
        SafeFiles.writePublic(files.certificateChain(), PemFiles.toPem(chain).getBytes(StandardCharsets.US_ASCII));
    }

    /** Keeps the private key out of logs and exception messages. */
    @Override
    public String toString() {
        return "KeyMaterial[" + certificate().getSubjectX500Principal().getName() + "]";
    }
}
