package io.deskprov.certs;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/**
 * Where the files of our PKI live inside the data directory, by default {@code <data>/pki}.
 *
 * @param directory the folder holding the CA, server and revocation files
 */
public record PkiLayout(Path directory) {
    /**
     * Creates a layout rooted at {@code directory}.
     */
    public PkiLayout {
        requireNonNull(directory, "directory");
    }

    /**
     * Returns the layout under {@code <dataDirectory>/pki}.
     */
    public static PkiLayout inDataDirectory(Path dataDirectory) {
        return new PkiLayout(requireNonNull(dataDirectory, "dataDirectory").resolve("pki"));
    }

    /** Returns the CA certificate, PEM. */
    public Path caCertificate() {
        return directory.resolve("ca.crt");
    }

    /** Returns the CA private key, PKCS#8 PEM, readable by the owner only. */
    public Path caKey() {
        return directory.resolve("ca.key");
    }

    /** Returns the chain of the server certificate, leaf first, PEM. */
    public Path serverCertificate() {
        return directory.resolve("server.crt");
    }

    /** Returns the server private key, PKCS#8 PEM, readable by the owner only. */
    public Path serverKey() {
        return directory.resolve("server.key");
    }

    /** Returns the certificate revocation list signed by our CA, PEM. */
    public Path crl() {
        return directory.resolve("crl.pem");
    }

    /** Returns the list of revoked serial numbers that the CRL is built from. */
    public Path revocations() {
        return directory.resolve("revoked.txt");
    }

    /** Returns the folder of vendor CA certificates, one sub-folder per vendor. */
    public Path vendorCaDirectory() {
        return directory.resolve("vendor-ca");
    }
}
