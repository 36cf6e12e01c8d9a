package io.deskprov.certs.ca;

import static io.deskprov.certs.internal.CertificateSigner.extension;

import java.net.URI;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;

/**
 * The extensions of server and device certificates.
 */
final class LeafExtensions {
    private LeafExtensions() {
    }

    /**
     * Returns the extensions of a leaf certificate.
     *
     * @param crlUrl where verifiers fetch our CRL, named as the certificate's CRL distribution
     *        point (RFC 5280 section 4.2.1.13); empty for none
     */
    static List<Extension> of(PublicKey key, KeyPurposeId purpose, GeneralNames names, Optional<URI> crlUrl) {
        // RSA keys may also carry the TLS 1.2 key exchange, which some phone firmware still uses.
        final int usage = "RSA".equals(key.getAlgorithm())
                ? KeyUsage.digitalSignature | KeyUsage.keyEncipherment
                : KeyUsage.digitalSignature;
        final List<Extension> extensions = new ArrayList<>(List.of(
                extension(Extension.basicConstraints, true, new BasicConstraints(false)),
                extension(Extension.keyUsage, true, new KeyUsage(usage)),
                extension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose)),
                extension(Extension.subjectAlternativeName, false, names)));
        crlUrl.ifPresent(url -> extensions.add(
                extension(Extension.cRLDistributionPoints, false, distributionPoint(url))));
        return List.copyOf(extensions);
    }

    /**
     * Returns the URL of the certificate's first CRL distribution point, empty when it names none
     * or the extension cannot be read.
     */
    static Optional<URI> crlUrl(X509Certificate certificate) {
        final byte[] value = certificate.getExtensionValue(Extension.cRLDistributionPoints.getId());
        if (value == null) {
            return Optional.empty();
        }
        try {
            final CRLDistPoint points = CRLDistPoint.getInstance(ASN1OctetString.getInstance(value).getOctets());
            for (DistributionPoint point : points.getDistributionPoints()) {
                final DistributionPointName name = point.getDistributionPoint();
                if (name != null && name.getType() == DistributionPointName.FULL_NAME) {
                    for (GeneralName general : GeneralNames.getInstance(name.getName()).getNames()) {
                        if (general.getTagNo() == GeneralName.uniformResourceIdentifier) {
                            return Optional.of(URI.create(general.getName().toString()));
                        }
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            // A malformed extension names no usable location; the caller treats it as none.
        }
        return Optional.empty();
    }

    private static CRLDistPoint distributionPoint(URI url) {
        final GeneralNames location = new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier,
                                                                       url.toString()));
        return new CRLDistPoint(new DistributionPoint[] {
            new DistributionPoint(new DistributionPointName(location), null, null)
        });
    }
}
