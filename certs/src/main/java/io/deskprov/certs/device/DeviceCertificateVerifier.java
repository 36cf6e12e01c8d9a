package io.deskprov.certs.device;

import static java.util.Objects.requireNonNull;

import io.deskprov.certs.CertificateRejectedException;
import io.deskprov.certs.CertificateRejectedException.Reason;
import io.deskprov.certs.InvalidMacException;
import io.deskprov.certs.MacAddress;
import io.deskprov.certs.PkiException;
import io.deskprov.certs.revocation.CrlSource;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.jspecify.annotations.Nullable;

/**
 * Checks the certificate chain a device presents and tells which device it is. A chain is
 * accepted when it leads to our CA (and is not revoked in our CRL) or to a vendor CA, is valid
 * at the clock's time, and names a MAC address where the issuer's rules look for one.
 */
public final class DeviceCertificateVerifier {
    private final @Nullable X509Certificate ourCa;
    private final CrlSource crls;
    private final VendorTrust vendors;
    private final Clock clock;
    private final ChainValidator validator;

    /**
     * Creates a verifier.
     *
     * @param ourCa our CA certificate, or {@code null} to accept vendor certificates only
     * @param crls the CRLs of our CA, consulted for every certificate it issued
     * @param vendors the trusted vendor CAs and their MAC rules
     * @param clock the time at which certificates must be valid
     */
    public DeviceCertificateVerifier(@Nullable X509Certificate ourCa, CrlSource crls, VendorTrust vendors,
                                     Clock clock) {
        this.ourCa = ourCa;
        this.crls = requireNonNull(crls, "crls");
        this.vendors = requireNonNull(vendors, "vendors");
        this.clock = requireNonNull(clock, "clock");
        final List<X509Certificate> anchors = new ArrayList<>(vendors.anchors());
        if (ourCa != null) {
            anchors.add(ourCa);
        }
        this.validator = new ChainValidator(anchors, vendors.intermediates());
    }

    /**
     * Returns the CA certificates whose devices we accept, for the TLS certificate request.
     */
    public List<X509Certificate> acceptedIssuers() {
        final List<X509Certificate> issuers = new ArrayList<>(vendors.anchors());
        if (ourCa != null) {
            issuers.add(ourCa);
        }
        return issuers;
    }

    /**
     * Verifies a chain, device certificate first, and returns the device it names.
     *
     * @throws CertificateRejectedException if the chain is not accepted, with the reason
     */
    public DeviceIdentity verify(List<X509Certificate> chain) throws CertificateRejectedException {
        requireNonNull(chain, "chain");
        if (chain.isEmpty()) {
            throw new CertificateRejectedException(Reason.UNTRUSTED, "the device presented no certificate", null);
        }
        final Instant now = clock.instant();
        final X509Certificate leaf = chain.get(0);
        final X509Certificate anchor = validator.validate(chain, now);
        if (anchor.equals(ourCa)) {
            checkOurs(leaf, now);
            return new DeviceIdentity(mac(leaf, MacExtractionRules.ours()), MacExtractionRules.OURS,
                                      CertificateSource.OURS);
        }
        final String vendor = requireNonNull(vendors.vendorOf(anchor), "vendor of a trusted anchor");
        return new DeviceIdentity(mac(leaf, vendors.rulesFor(vendor)), vendor, CertificateSource.VENDOR);
    }

    /**
     * Verifies a chain as {@link #verify(List)} does and also that it names the expected device.
     *
     * @throws CertificateRejectedException if the chain is not accepted or names another MAC
     */
    public DeviceIdentity verify(List<X509Certificate> chain, MacAddress expected) throws CertificateRejectedException {
        requireNonNull(expected, "expected");
        final DeviceIdentity identity = verify(chain);
        if (!identity.mac().equals(expected)) {
            throw new CertificateRejectedException(Reason.WRONG_MAC, "the certificate belongs to device "
                    + identity.mac() + ", not to " + expected, null);
        }
        return identity;
    }

    private void checkOurs(X509Certificate leaf, Instant now) throws CertificateRejectedException {
        if (!hasClientAuth(leaf)) {
            throw new CertificateRejectedException(Reason.UNTRUSTED, "certificate " + leaf.getSubjectX500Principal()
                    + " was not issued to a TLS client", null);
        }
        final X509CRL crl = currentCrl(now);
        if (crl.isRevoked(leaf)) {
            throw new CertificateRejectedException(Reason.REVOKED, "certificate " + leaf.getSubjectX500Principal()
                    + " (serial " + leaf.getSerialNumber().toString(16) + ") is revoked", null);
        }
    }

    private X509CRL currentCrl(Instant now) throws CertificateRejectedException {
        try {
            final X509CRL crl = crls.currentCrl();
            crl.verify(requireNonNull(ourCa, "ourCa").getPublicKey());
            if (crl.getNextUpdate() != null && crl.getNextUpdate().toInstant().isBefore(now)) {
                throw new PkiException("the CRL of our CA is out of date since " + crl.getNextUpdate().toInstant());
            }
            return crl;
        } catch (PkiException | GeneralSecurityException e) {
            // Without a good CRL we cannot tell revoked devices apart, so we refuse them all.
            throw new CertificateRejectedException(Reason.UNTRUSTED, "revocation cannot be checked: "
                    + e.getMessage(), e);
        }
    }

    private static boolean hasClientAuth(X509Certificate leaf) {
        try {
            final List<String> usages = leaf.getExtendedKeyUsage();
            return usages != null && usages.contains(KeyPurposeId.id_kp_clientAuth.getId());
        } catch (CertificateParsingException e) {
            return false;
        }
    }

    private static MacAddress mac(X509Certificate leaf, List<MacExtractionRule> rules)
            throws CertificateRejectedException {
        for (MacExtractionRule rule : rules) {
            final Optional<String> found = rule.extract(leaf);
            if (found.isPresent()) {
                try {
                    return MacAddress.parse(found.get());
                } catch (InvalidMacException e) {
                    throw new CertificateRejectedException(Reason.NO_MAC, e.getMessage(), e);
                }
            }
        }
        throw new CertificateRejectedException(Reason.NO_MAC, "certificate " + leaf.getSubjectX500Principal()
                + " names no MAC address where its issuer's rules look", null);
    }
}
