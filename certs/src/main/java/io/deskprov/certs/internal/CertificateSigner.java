package io.deskprov.certs.internal;

import io.deskprov.certs.KeyType;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Signs X.509 version 3 certificates with a CA key, or self-signed ones.
 */
public final class CertificateSigner {
    private static final SecureRandom random = new SecureRandom();

    private final X500Name issuerName;
    private final PrivateKey issuerKey;
    private final PublicKey issuerPublicKey;

    private CertificateSigner(X500Name issuerName, PrivateKey issuerKey, PublicKey issuerPublicKey) {
        this.issuerName = issuerName;
        this.issuerKey = issuerKey;
        this.issuerPublicKey = issuerPublicKey;
    }

    /**
     * Returns a signer for certificates issued by {@code issuer}.
     */
    public static CertificateSigner issuedBy(X509Certificate issuer, PrivateKey issuerKey) {
        return new CertificateSigner(X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded()),
                                     issuerKey, issuer.getPublicKey());
    }

    /**
     * Returns a signer for a self-signed certificate of {@code subject}.
     */
    public static CertificateSigner selfSigned(X500Name subject, KeyPair keyPair) {
        return new CertificateSigner(subject, keyPair.getPrivate(), keyPair.getPublic());
    }

    /**
     * Returns the extensions of a certificate authority: CA basic constraints and the right to
     * sign certificates and CRLs, both critical as RFC 5280 asks.
     */
    public static List<Extension> authorityExtensions() {
        return List.of(extension(Extension.basicConstraints, true, new BasicConstraints(true)),
                       extension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)));
    }

    /**
     * Returns an extension from its value.
     */
    public static Extension extension(ASN1ObjectIdentifier type, boolean critical, ASN1Encodable value) {
        try {
            return new Extension(type, critical, value.toASN1Primitive().getEncoded());
        } catch (IOException e) {
            throw new IllegalStateException("encoding the extension " + type + " failed", e);
        }
    }

    /**
     * Signs a certificate with a fresh random serial number and key identifiers.
     */
    public X509Certificate sign(X500Name subject, PublicKey subjectKey, Instant notBefore, Instant notAfter,
                                List<Extension> extensions) {
        try {
            final JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            final X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    issuerName, serialNumber(), Date.from(notBefore), Date.from(notAfter), subject, subjectKey);
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                                 utils.createSubjectKeyIdentifier(subjectKey));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                                 utils.createAuthorityKeyIdentifier(issuerPublicKey));
            for (Extension extension : extensions) {
                builder.addExtension(extension);
            }
            return new JcaX509CertificateConverter().getCertificate(builder.build(contentSigner()));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("signing a certificate for " + subject + " failed", e);
        }
    }

    /**
     * Returns a content signer with the issuer key, for certificates and CRLs.
     */
    public ContentSigner contentSigner() {
        try {
            return new JcaContentSignerBuilder(KeyType.signatureAlgorithmFor(issuerKey.getAlgorithm()))
                    .build(issuerKey);
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("no signer for " + issuerKey.getAlgorithm() + " keys", e);
        }
    }

    /**
     * Returns a positive random serial number of at most 16 octets, well inside the 20 that RFC
     * 5280 allows, with 126 bits of randomness so that serials never repeat in practice.
     */
    public static BigInteger serialNumber() {
        return new BigInteger(126, random).setBit(126);
    }
}
