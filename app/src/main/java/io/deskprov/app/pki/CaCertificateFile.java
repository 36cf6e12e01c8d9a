package io.deskprov.app.pki;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;

import io.deskprov.certs.PkiException;
import io.deskprov.certs.UnreadableFileException;
import io.deskprov.certs.revocation.CrlSource;

/** The public half of our CA, kept as a PEM file wherever the CA's key lives. */
final class CaCertificateFile {
    private CaCertificateFile() {
    }

    /** Writes the certificate as PEM unless the file already holds exactly it. */
    static void write(X509Certificate certificate, Path file) throws PkiException {
        try {
            final byte[] pem = pem(certificate).getBytes(StandardCharsets.US_ASCII);
            if (Files.exists(file) && Arrays.equals(Files.readAllBytes(file), pem)) {
                return;
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            final Path partial = file.resolveSibling(file.getFileName() + ".partial");
            Files.write(partial, pem);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | CertificateEncodingException e) {
            throw new UnreadableFileException(file, "cannot write the CA certificate", e);
        }
    }

    static String pem(X509Certificate certificate) throws CertificateEncodingException {
        final String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                                  .encodeToString(certificate.getEncoded());
        return "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n";
    }

    /** A CRL source for a node without a CA of its own: there is nothing of ours to revoke. */
    static CrlSource noCrl() {
        return () -> {
            throw new IllegalStateException("no CA of our own, so no CRL; only vendor certificates are trusted");
        };
    }
}
