package io.deskprov.certs.testing;

import static io.deskprov.certs.internal.CertificateSigner.extension;

import io.deskprov.certs.KeyMaterial;
import io.deskprov.certs.KeyType;
import io.deskprov.certs.internal.CertificateSigner;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;

/**
 * A CA standing in for a phone maker's factory CA, issuing device certificates with whatever
 * subject a test needs.
 */
public final class StandInVendorCa {
    private final KeyPair keyPair;
    private final X509Certificate certificate;

    public StandInVendorCa(String name) {
        keyPair = KeyType.EC_P256.generate(new SecureRandom());
        final X500Name subject = new X500Name("O=" + name + ",CN=" + name + " Root CA");
        final Instant now = Instant.now();
        certificate = CertificateSigner.selfSigned(subject, keyPair)
                .sign(subject, keyPair.getPublic(), now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(3650)),
                      CertificateSigner.authorityExtensions());
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /**
     * Issues a device certificate with the given subject, valid from a day ago for a year.
     */
    public KeyMaterial issue(String subject) {
        final KeyPair device = KeyType.EC_P256.generate(new SecureRandom());
        final Instant now = Instant.now();
        final Extension leaf = extension(Extension.basicConstraints, true, new BasicConstraints(false));
        final X509Certificate issued = CertificateSigner.issuedBy(certificate, keyPair.getPrivate())
                .sign(new X500Name(subject), device.getPublic(), now.minus(Duration.ofDays(1)),
                      now.plus(Duration.ofDays(365)), List.of(leaf));
        return new KeyMaterial(List.of(issued, certificate), device.getPrivate());
    }
}
