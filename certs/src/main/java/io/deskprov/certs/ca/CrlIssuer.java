package io.deskprov.certs.ca;

import io.deskprov.certs.internal.CertificateSigner;
import io.deskprov.certs.revocation.RevokedCertificate;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.cert.X509CRL;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;

/**
 * Signs certificate revocation lists with our CA key.
 */
final class CrlIssuer {
    private CrlIssuer() {
    }

    static X509CRL issue(CertificateAuthority ca, List<RevokedCertificate> revoked, Instant now, Duration validity) {
        final X500Name issuer = X500Name.getInstance(ca.certificate().getSubjectX500Principal().getEncoded());
        final X509v2CRLBuilder builder = new X509v2CRLBuilder(issuer, Date.from(now));
        builder.setNextUpdate(Date.from(now.plus(validity)));
        for (RevokedCertificate entry : revoked) {
            // Revocations mostly follow a device leaving the site, hence this reason for all.
            builder.addCRLEntry(entry.serialNumber(), Date.from(entry.revokedAt()), CRLReason.cessationOfOperation);
        }
        try {
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                                 new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(ca.certificate()));
            // RFC 5280 wants the CRL number to grow with each CRL; the issue time in milliseconds
            // does so without keeping a counter.
            builder.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(now.toEpochMilli())));
            final var signer = CertificateSigner.issuedBy(ca.certificate(), ca.privateKey()).contentSigner();
            return new JcaX509CRLConverter().getCRL(builder.build(signer));
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("signing a CRL failed", e);
        }
    }
}
