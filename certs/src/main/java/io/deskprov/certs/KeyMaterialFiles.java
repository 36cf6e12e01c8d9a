package io.deskprov.certs;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/**
 * Where a TLS certificate chain and its private key are kept.
 *
 * @param certificateChain PEM file with the certificate first, then its issuers
 * @param privateKey PEM file with the unencrypted private key
 */
public record KeyMaterialFiles(Path certificateChain, Path privateKey) {
    /**
     * Creates the pair of paths.
     */
    public KeyMaterialFiles {
        requireNonNull(certificateChain, "certificateChain");
        requireNonNull(privateKey, "privateKey");
    }
}
