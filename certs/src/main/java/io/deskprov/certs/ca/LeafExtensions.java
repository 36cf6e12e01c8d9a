package io.deskprov.certs.ca;

import static io.deskprov.certs.internal.CertificateSigner.extension;

import java.security.PublicKey;
import java.util.List;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;

/**
 * The extensions of server and device certificates.
 */
final class LeafExtensions {
    private LeafExtensions() {
    }

    // TODO: no CRL distribution point yet, so verifiers other than ours see no revocation unless
    // an operator hands them crl.pem.
    static List<Extension> of(PublicKey key, KeyPurposeId purpose, GeneralNames names) {
        // RSA keys may also carry the TLS 1.2 key exchange, which some phone firmware still uses.
        final int usage = "RSA".equals(key.getAlgorithm())
                ? KeyUsage.digitalSignature | KeyUsage.keyEncipherment
                : KeyUsage.digitalSignature;
        return List.of(extension(Extension.basicConstraints, true, new BasicConstraints(false)),
                       extension(Extension.keyUsage, true, new KeyUsage(usage)),
                       extension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose)),
                       extension(Extension.subjectAlternativeName, false, names));
    }
}
