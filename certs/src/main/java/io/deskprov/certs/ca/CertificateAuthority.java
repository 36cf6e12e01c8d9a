package io.deskprov.certs.ca;

import static java.util.Objects.requireNonNull;

import io.deskprov.certs.KeyMaterial;
import io.deskprov.certs.MacAddress;
import io.deskprov.certs.PkiException;
import io.deskprov.certs.UnusableKeyMaterialException;
import io.deskprov.certs.internal.CertificateSigner;
import io.deskprov.certs.internal.Fingerprints;
import io.deskprov.certs.internal.KeyPairs;
import io.deskprov.certs.revocation.RevokedCertificate;
import java.net.URI;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;

/**
 * Our certificate authority: a CA certificate and its key, issuing server and device
 * certificates and CRLs. Load or save one with {@link CaFiles}.
 */
public final class CertificateAuthority {
    // Phones often boot before NTP has set their clock, and hosts drift; a certificate that
    // started an hour ago is still accepted by a peer whose clock runs somewhat behind.
    private static final Duration BACKDATE = Duration.ofHours(1);

    private final X509Certificate certificate;
    private final PrivateKey privateKey;
    private final PkiSettings settings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    private CertificateAuthority(X509Certificate certificate, PrivateKey privateKey, PkiSettings settings,
                                 Clock clock) {
        this.certificate = certificate;
        this.privateKey = privateKey;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Creates a new self-signed root CA with a fresh key of the configured type.
     */
    public static CertificateAuthority create(PkiSettings settings, Clock clock) {
        requireNonNull(settings, "settings");
        requireNonNull(clock, "clock");
        final KeyPair keyPair = settings.keyType().generate(new SecureRandom());
        final X500Name name = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.O, "deskprov")
                .addRDN(BCStyle.CN, settings.caCommonName())
                .build();
        final Instant now = clock.instant();
        final X509Certificate certificate = CertificateSigner.selfSigned(name, keyPair)
                .sign(name, keyPair.getPublic(), now.minus(BACKDATE), now.plus(settings.caValidity()),
                      CertificateSigner.authorityExtensions());
        return new CertificateAuthority(certificate, keyPair.getPrivate(), settings, clock);
    }

    /**
     * Returns the CA made of an existing certificate and key.
     *
     * @throws UnusableKeyMaterialException if the certificate is no CA or the key is not its key
     */
    public static CertificateAuthority of(X509Certificate certificate, PrivateKey privateKey, PkiSettings settings,
                                          Clock clock) throws UnusableKeyMaterialException {
        requireNonNull(certificate, "certificate");
        requireNonNull(privateKey, "privateKey");
        if (certificate.getBasicConstraints() < 0) {
            throw new UnusableKeyMaterialException("the certificate " + certificate.getSubjectX500Principal()
                    + " is not a certificate authority");
        }
        if (!KeyPairs.matches(privateKey, certificate.getPublicKey())) {
            throw new UnusableKeyMaterialException("the private key does not belong to the CA certificate "
                    + certificate.getSubjectX500Principal());
        }
        return new CertificateAuthority(certificate, privateKey, requireNonNull(settings, "settings"),
                                        requireNonNull(clock, "clock"));
    }

    /** Returns the CA certificate. */
    public X509Certificate certificate() {
        return certificate;
    }

    PrivateKey privateKey() {
        return privateKey;
    }

    /** Where the certificates this CA issues say its CRL is, if anywhere. */
    Optional<URI> crlDistributionPoint() {
        return settings.crlDistributionPoint();
    }

    /** Returns the SHA-256 fingerprint of the CA certificate, for operators to compare. */
    public String fingerprint() {
        return Fingerprints.sha256(certificate);
    }

    /**
     * Issues a TLS server certificate, with a fresh key, for the given host names and IP
     * addresses; the first becomes the common name.
     *
     * @throws PkiException if the list is empty or holds something that is neither
     */
    public KeyMaterial issueServerCertificate(List<String> hostNamesAndAddresses) throws PkiException {
        final GeneralNames names = SubjectNames.of(hostNamesAndAddresses);
        final X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.CN, hostNamesAndAddresses.get(0).strip())
                .build();
        return issue(subject, names, KeyPurposeId.id_kp_serverAuth, settings.serverValidity());
    }

    /**
     * Issues a TLS client certificate, with a fresh key, that identifies the device with the
     * given MAC address.
     */
    public KeyMaterial issueDeviceCertificate(MacAddress mac) {
        requireNonNull(mac, "mac");
        // The MAC sits in the common name for people and phone menus, and also in a device URN
        // (RFC 9039, https://datatracker.ietf.org/doc/html/rfc9039) in the alternative names,
        // which is where RFC 5280 wants identities and where verifiers need no parsing of names.
        final X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.O, "deskprov device")
                .addRDN(BCStyle.CN, mac.value())
                .build();
        final GeneralNames names = new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier,
                                                                    mac.toUrn()));
        return issue(subject, names, KeyPurposeId.id_kp_clientAuth, settings.deviceValidity());
    }

    /**
     * Issues a CRL listing the given revoked certificates, valid from now for the configured
     * CRL validity.
     */
    public X509CRL issueCrl(List<RevokedCertificate> revoked) {
        return CrlIssuer.issue(this, revoked, clock.instant(), settings.crlValidity());
    }

    private KeyMaterial issue(X500Name subject, GeneralNames names, KeyPurposeId purpose, Duration validity) {
        final KeyPair keyPair = settings.keyType().generate(random);
        final Instant now = clock.instant();
        final Instant caEnd = certificate.getNotAfter().toInstant();
        final Instant end = now.plus(validity).isAfter(caEnd) ? caEnd : now.plus(validity);
        final X509Certificate issued = CertificateSigner.issuedBy(certificate, privateKey)
                .sign(subject, keyPair.getPublic(), now.minus(BACKDATE), end,
                      LeafExtensions.of(keyPair.getPublic(), purpose, names, settings.crlDistributionPoint()));
        return new KeyMaterial(List.of(issued, certificate), keyPair.getPrivate());
    }
}
