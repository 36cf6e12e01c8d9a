package io.deskprov.certs.device;

import io.deskprov.certs.CertificateRejectedException;
import io.deskprov.certs.CertificateRejectedException.Reason;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds and checks a PKIX path from a presented chain to one of the trusted anchors, at a
 * given time. Revocation is left to the caller, since vendor CAs publish CRLs we cannot reach.
 */
final class ChainValidator {
    private final Set<TrustAnchor> anchors;
    private final List<X509Certificate> intermediates;

    ChainValidator(List<X509Certificate> anchors, List<X509Certificate> intermediates) {
        this.anchors = anchors.stream().map(c -> new TrustAnchor(c, null)).collect(Collectors.toUnmodifiableSet());
        this.intermediates = List.copyOf(intermediates);
    }

    /**
     * Returns the anchor certificate the chain leads to.
     */
    X509Certificate validate(List<X509Certificate> chain, Instant now) throws CertificateRejectedException {
        for (X509Certificate certificate : chain) {
            checkValidity(certificate, now);
        }
        if (anchors.isEmpty()) {
            throw rejected(chain.get(0), "no CA is trusted for device certificates", null);
        }
        try {
            final X509CertSelector target = new X509CertSelector();
            target.setCertificate(chain.get(0));
            final PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors, target);
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(now));
            final List<X509Certificate> known = new ArrayList<>(chain);
            known.addAll(intermediates);
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(known)));
            final var result = (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX").build(parameters);
            return result.getTrustAnchor().getTrustedCert();
        } catch (GeneralSecurityException e) {
            throw rejected(chain.get(0), "does not chain to a trusted CA", e);
        }
    }

    private static void checkValidity(X509Certificate certificate, Instant now) throws CertificateRejectedException {
        try {
            certificate.checkValidity(Date.from(now));
        } catch (CertificateExpiredException e) {
            throw new CertificateRejectedException(Reason.EXPIRED, "certificate "
                    + certificate.getSubjectX500Principal() + " expired at "
                    + certificate.getNotAfter().toInstant(), e);
        } catch (CertificateNotYetValidException e) {
            throw new CertificateRejectedException(Reason.NOT_YET_VALID, "certificate "
                    + certificate.getSubjectX500Principal() + " is not valid before "
                    + certificate.getNotBefore().toInstant(), e);
        }
    }

    private static CertificateRejectedException rejected(X509Certificate leaf, String problem,
                                                         GeneralSecurityException cause) {
        return new CertificateRejectedException(Reason.UNTRUSTED,
                "certificate " + leaf.getSubjectX500Principal() + " " + problem, cause);
    }
}
