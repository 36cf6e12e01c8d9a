package io.deskprov.certs.ca;

import static java.util.Objects.requireNonNull;

import io.deskprov.certs.internal.PemFiles;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A certificate we issued together with its private key.
 *
 * @param chain the certificate first, then our CA certificate
 * @param privateKey the private key of the certificate
 */
public record IssuedCertificate(List<X509Certificate> chain, PrivateKey privateKey) {
    /**
     * Creates the pair; the chain must not be empty.
     */
    public IssuedCertificate {
        chain = List.copyOf(chain);
        requireNonNull(privateKey, "privateKey");
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("chain: [] (expected at least the certificate itself)");
        }
    }

    /** Returns the issued certificate, the first of the chain. */
    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** Returns the chain as PEM text, certificate first. */
    public String chainPem() {
        return PemFiles.toPem(chain);
    }

    /** Returns the private key as unencrypted PKCS#8 PEM text. */
    public String privateKeyPem() {
        return PemFiles.toPem(privateKey);
    }

    /** Keeps the private key out of logs and exception messages. */
    @Override
    public String toString() {
        return "IssuedCertificate[" + certificate().getSubjectX500Principal().getName() + "]";
    }
}
