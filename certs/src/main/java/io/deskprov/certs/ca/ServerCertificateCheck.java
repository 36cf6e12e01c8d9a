package io.deskprov.certs.ca;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bouncycastle.util.IPAddress;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether a server certificate of our CA can stay or must be issued again.
 */
final class ServerCertificateCheck {
    // Renewing this early leaves time to spot a failed renewal before phones see an expired one.
    private static final Duration RENEW_BEFORE = Duration.ofDays(30);

    private ServerCertificateCheck() {
    }

    /**
     * Returns why the certificate must be replaced, or {@code null} if it can stay.
     */
    static @Nullable String problem(X509Certificate certificate, CertificateAuthority ca, List<String> names,
                                    Instant now) {
        try {
            certificate.verify(ca.certificate().getPublicKey());
        } catch (GeneralSecurityException e) {
            return "the previous one was not issued by the current CA";
        }
        if (certificate.getNotAfter().toInstant().isBefore(now.plus(RENEW_BEFORE))) {
            return "the previous one expires at " + certificate.getNotAfter().toInstant();
        }
        if (!LeafExtensions.crlUrl(certificate).equals(ca.crlDistributionPoint())) {
            return "the previous one names another CRL location than "
                   + ca.crlDistributionPoint().map(URI::toString).orElse("none");
        }
        final Set<String> covered = coveredNames(certificate);
        for (String name : names) {
            if (!covered.contains(normalise(name))) {
                return "the previous one does not cover " + name.strip();
            }
        }
        return null;
    }

    private static Set<String> coveredNames(X509Certificate certificate) {
        final Set<String> covered = new HashSet<>();
        try {
            final Collection<List<?>> names = certificate.getSubjectAlternativeNames();
            if (names != null) {
                names.forEach(name -> covered.add(normalise(String.valueOf(name.get(1)))));
            }
        } catch (CertificateParsingException e) {
            // Unreadable names cover nothing, so the certificate is issued again.
        }
        return covered;
    }

    // The JDK prints IPv6 addresses in full form; compare every address in one canonical form.
    private static String normalise(String name) {
        final String trimmed = name.strip().toLowerCase(Locale.ROOT);
        if (!IPAddress.isValid(trimmed)) {
            return trimmed;
        }
        try {
            return InetAddress.getByName(trimmed).getHostAddress();
        } catch (UnknownHostException e) {
            return trimmed;
        }
    }
}
