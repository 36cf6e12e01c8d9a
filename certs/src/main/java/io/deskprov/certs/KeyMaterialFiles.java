package io.deskprov.certs;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a TLS certificate chain and its private key are kept, and how to open the key.
 *
 * @param certificateChain PEM file with the certificate first, then its issuers
 * @param privateKey PEM file with the private key: unencrypted, or encrypted as PKCS#8
 *        ({@code ENCRYPTED PRIVATE KEY}) or in OpenSSL's older form ({@code Proc-Type: 4,ENCRYPTED})
 * @param keyPassphrase the passphrase of an encrypted key, or null for an unencrypted one; kept
 *        as a copy, handed out as a copy, and never printed
 */
public record KeyMaterialFiles(Path certificateChain, Path privateKey, char @Nullable [] keyPassphrase) {
    /**
     * Creates the paths and passphrase.
     */
    public KeyMaterialFiles {
        requireNonNull(certificateChain, "certificateChain");
        requireNonNull(privateKey, "privateKey");
        keyPassphrase = keyPassphrase == null ? null : keyPassphrase.clone();
    }

    /**
     * Creates the pair of paths of a chain and its unencrypted key.
     */
    public KeyMaterialFiles(Path certificateChain, Path privateKey) {
        this(certificateChain, privateKey, null);
    }

    @Override
    public char @Nullable [] keyPassphrase() {
        return keyPassphrase == null ? null : keyPassphrase.clone();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof KeyMaterialFiles files && certificateChain.equals(files.certificateChain)
               && privateKey.equals(files.privateKey) && Arrays.equals(keyPassphrase, files.keyPassphrase);
    }

    @Override
    public int hashCode() {
        return Objects.hash(certificateChain, privateKey, Arrays.hashCode(keyPassphrase));
    }

    /** Names the files; the passphrase only by whether there is one. */
    @Override
    public String toString() {
        return "KeyMaterialFiles[certificateChain=" + certificateChain + ", privateKey=" + privateKey
               + (keyPassphrase == null ? "" : ", encrypted") + ']';
    }
}
