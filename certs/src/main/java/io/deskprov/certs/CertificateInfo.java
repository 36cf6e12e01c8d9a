package io.deskprov.certs;

import static java.util.Objects.requireNonNull;

import io.deskprov.certs.internal.Fingerprints;
import io.deskprov.certs.internal.PemFiles;
import java.nio.file.Path;
import java.security.PublicKey;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What an operator wants to see of a certificate, as printed by {@code deskprov certs show FILE}.
 *
 * @param subject the subject distinguished name
 * @param issuer the issuer distinguished name
 * @param serialNumber the serial number in lower-case hex
 * @param notBefore the start of the validity period
 * @param notAfter the end of the validity period
 * @param subjectAltNames the subject alternative names, each as {@code DNS:}, {@code IP:},
 *        {@code URI:} or {@code email:} followed by the value
 * @param sha256Fingerprint the SHA-256 fingerprint, colon-separated upper-case hex
 * @param keyAlgorithm the public key algorithm and size, such as {@code EC 256} or {@code RSA 2048}
 * @param certificateAuthority whether the certificate may sign other certificates
 */
public record CertificateInfo(String subject, String issuer, String serialNumber, Instant notBefore,
                              Instant notAfter, List<String> subjectAltNames, String sha256Fingerprint,
                              String keyAlgorithm, boolean certificateAuthority) {
    private static final Map<Integer, String> NAME_TYPES =
            Map.of(1, "email", 2, "DNS", 6, "URI", 7, "IP");

    /**
     * Creates the description from its parts.
     */
    public CertificateInfo {
        requireNonNull(subject, "subject");
        requireNonNull(issuer, "issuer");
        requireNonNull(serialNumber, "serialNumber");
        requireNonNull(notBefore, "notBefore");
        requireNonNull(notAfter, "notAfter");
        subjectAltNames = List.copyOf(subjectAltNames);
        requireNonNull(sha256Fingerprint, "sha256Fingerprint");
        requireNonNull(keyAlgorithm, "keyAlgorithm");
    }

    /**
     * Describes one certificate.
     */
    public static CertificateInfo of(X509Certificate certificate) {
        requireNonNull(certificate, "certificate");
        return new CertificateInfo(certificate.getSubjectX500Principal().getName(),
                                   certificate.getIssuerX500Principal().getName(),
                                   certificate.getSerialNumber().toString(16),
                                   certificate.getNotBefore().toInstant(),
                                   certificate.getNotAfter().toInstant(),
                                   subjectAltNames(certificate),
                                   Fingerprints.sha256(certificate),
                                   describe(certificate.getPublicKey()),
                                   certificate.getBasicConstraints() >= 0);
    }

    /**
     * Describes every certificate in a PEM or DER file, in file order.
     *
     * @throws UnreadableFileException if the file cannot be read
     * @throws NotACertificateException if it holds no certificate
     */
    public static List<CertificateInfo> read(Path file) throws PkiException {
        return PemFiles.readCertificates(requireNonNull(file, "file")).stream().map(CertificateInfo::of).toList();
    }

    /**
     * Returns the description as lines of {@code name: value}, for a terminal.
     */
    public String toText() {
        final String altNames = subjectAltNames.isEmpty() ? "(none)" : String.join(", ", subjectAltNames);
        return String.join(System.lineSeparator(),
                           "Subject:      " + subject,
                           "Issuer:       " + issuer,
                           "Serial:       " + serialNumber,
                           "Not before:   " + notBefore,
                           "Not after:    " + notAfter,
                           "Alt names:    " + altNames,
                           "Key:          " + keyAlgorithm,
                           "CA:           " + (certificateAuthority ? "yes" : "no"),
                           "SHA-256:      " + sha256Fingerprint);
    }

    private static List<String> subjectAltNames(X509Certificate certificate) {
        final Collection<List<?>> names;
        try {
            names = certificate.getSubjectAlternativeNames();
        } catch (CertificateParsingException e) {
            return List.of("(unreadable: " + e.getMessage() + ")");
        }
        final List<String> result = new ArrayList<>();
        if (names != null) {
            for (List<?> name : names) {
                final String type = NAME_TYPES.getOrDefault((Integer) name.get(0), "other");
                result.add(type + ":" + name.get(1));
            }
        }
        return result;
    }

    private static String describe(PublicKey key) {
        if (key instanceof RSAPublicKey rsa) {
            return "RSA " + rsa.getModulus().bitLength();
        }
        if (key instanceof ECPublicKey ec) {
            return "EC " + ec.getParams().getOrder().bitLength();
        }
        return key.getAlgorithm();
    }
}
