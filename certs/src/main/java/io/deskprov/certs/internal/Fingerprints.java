package io.deskprov.certs.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;

/**
 * SHA-256 digests of certificates and files.
 */
public final class Fingerprints {
    private static final HexFormat COLON_HEX = HexFormat.ofDelimiter(":").withUpperCase();

    private Fingerprints() {
    }

    /**
     * Returns the SHA-256 fingerprint of a certificate's DER encoding in the colon-separated
     * upper-case form that {@code openssl x509 -fingerprint -sha256} prints.
     */
    public static String sha256(X509Certificate certificate) {
        try {
            return COLON_HEX.formatHex(digest(certificate.getEncoded()));
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("a parsed certificate could not be encoded again", e);
        }
    }

    /**
     * Returns the SHA-256 digest of some bytes.
     */
    public static byte[] digest(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the Java runtime has no SHA-256", e);
        }
    }
}
