package io.deskprov.certs.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deskprov.certs.CertificateRejectedException;
import io.deskprov.certs.CertificateRejectedException.Reason;
import io.deskprov.certs.KeyMaterial;
import io.deskprov.certs.MacAddress;
import io.deskprov.certs.ca.CertificateAuthority;
import io.deskprov.certs.ca.CrlPublisher;
import io.deskprov.certs.ca.PkiSettings;
import io.deskprov.certs.revocation.FileRevocationStore;
import io.deskprov.certs.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeviceCertificateVerifierTest {
    private static final MacAddress MAC = new MacAddress("001565aabbcc");

    @TempDir
    Path directory;

    private final MutableClock clock = MutableClock.atNow();
    private CertificateAuthority ca;
    private CrlPublisher crls;

    @BeforeEach
    void createCa() {
        ca = CertificateAuthority.create(PkiSettings.builder().deviceValidity(Duration.ofDays(365)).build(), clock);
        crls = new CrlPublisher(ca, new FileRevocationStore(directory.resolve("revoked.txt")),
                                directory.resolve("crl.pem"), clock);
    }

    @Test
    void verify_acceptsOurDeviceCertificateAndNamesTheDevice() throws Exception {
        final KeyMaterial device = ca.issueDeviceCertificate(MAC);

        final DeviceIdentity identity = verifier(VendorTrust.none()).verify(device.chain(), MAC);

        assertThat(identity).isEqualTo(new DeviceIdentity(MAC, "deskprov", CertificateSource.OURS));
    }

    @Test
    void verify_refusesAnExpiredCertificate() {
        final KeyMaterial device = ca.issueDeviceCertificate(MAC);

        clock.advance(Duration.ofDays(366));

        assertRejected(() -> verifier(VendorTrust.none()).verify(device.chain()), Reason.EXPIRED);
    }

    @Test
    void verify_refusesACertificateNotYetValid() {
        final KeyMaterial device = ca.issueDeviceCertificate(MAC);

        clock.advance(Duration.ofDays(-1));

        assertRejected(() -> verifier(VendorTrust.none()).verify(device.chain()), Reason.NOT_YET_VALID);
    }

    @Test
    void verify_refusesARevokedCertificateButNotItsSibling() throws Exception {
        final KeyMaterial revoked = ca.issueDeviceCertificate(MAC);
        final KeyMaterial kept = ca.issueDeviceCertificate(new MacAddress("001565ddeeff"));

        crls.revoke(revoked.certificate().getSerialNumber());

        assertRejected(() -> verifier(VendorTrust.none()).verify(revoked.chain()), Reason.REVOKED);
        assertThat(verifier(VendorTrust.none()).verify(kept.chain()).mac().value()).isEqualTo("001565ddeeff");
    }

    @Test
    void verify_refusesACertificateOfAnotherCa() {
        final CertificateAuthority other = CertificateAuthority.create(PkiSettings.defaults(), clock);
        final KeyMaterial device = other.issueDeviceCertificate(MAC);

        assertRejected(() -> verifier(VendorTrust.none()).verify(device.chain()), Reason.UNTRUSTED);
    }

    @Test
    void verify_refusesACertificateOfAnotherDevice() {
        final KeyMaterial device = ca.issueDeviceCertificate(new MacAddress("001565ddeeff"));

        assertRejected(() -> verifier(VendorTrust.none()).verify(device.chain(), MAC), Reason.WRONG_MAC);
    }

    @Test
    void verify_refusesOurServerCertificateAsDevice() throws Exception {
        final KeyMaterial server = ca.issueServerCertificate(List.of("001565aabbcc"));

        assertRejected(() -> verifier(VendorTrust.none()).verify(server.chain()), Reason.UNTRUSTED);
    }

    @Test
    void verify_refusesVendorCertificatesWhenNoVendorIsTrusted() {
        final StandInVendor yealink = new StandInVendor("yealink");

        assertRejected(() -> verifier(VendorTrust.none()).verify(yealink.device("CN=001565aabbcc")),
                       Reason.UNTRUSTED);
    }

    @Test
    void verify_readsTheMacFromTheYealinkSerialNumberLayout() throws Exception {
        final StandInVendor yealink = new StandInVendor("yealink");
        final var chain = yealink.device("OU=Yealink Equipment,CN=yealink.com,"
                                         + "SERIALNUMBER=ffffffff-ffff-ffff-fff0-805EC0123456");

        final DeviceIdentity identity = verifier(yealink.trust(Map.of())).verify(chain);

        assertThat(identity).isEqualTo(new DeviceIdentity(new MacAddress("805ec0123456"), "yealink",
                                                          CertificateSource.VENDOR));
    }

    @Test
    void verify_readsTheMacFromTheYealinkCommonNameLayout() throws Exception {
        final StandInVendor yealink = new StandInVendor("yealink");

        final DeviceIdentity identity = verifier(yealink.trust(Map.of()))
                .verify(yealink.device("O=Yealink,CN=80:5E:C0:12:34:56"), new MacAddress("805ec0123456"));

        assertThat(identity.source()).isEqualTo(CertificateSource.VENDOR);
    }

    @Test
    void verify_readsTheMacFromThePolycomCommonNameLayout() throws Exception {
        final StandInVendor polycom = new StandInVendor("polycom");

        final DeviceIdentity identity = verifier(polycom.trust(Map.of()))
                .verify(polycom.device("O=Polycom,CN=0004f2a1b2c3"));

        assertThat(identity).isEqualTo(new DeviceIdentity(new MacAddress("0004f2a1b2c3"), "polycom",
                                                          CertificateSource.VENDOR));
    }

    @Test
    void verify_refusesAVendorCertificateWithoutMacWhereTheRulesLook() {
        final StandInVendor polycom = new StandInVendor("polycom");
        final var chain = polycom.device("O=Polycom,OU=0004f2a1b2c3,CN=phone");

        assertRejected(() -> verifier(polycom.trust(Map.of())).verify(chain), Reason.NO_MAC);
    }

    @Test
    void verify_followsConfiguredRulesInsteadOfTheDefaults() throws Exception {
        final StandInVendor polycom = new StandInVendor("polycom");
        final var rules = Map.of("polycom", List.of(
                MacExtractionRule.of(MacExtractionRule.Field.SUBJECT_ORGANIZATIONAL_UNIT, "^([0-9a-f]{12})$")));

        final DeviceIdentity identity = verifier(polycom.trust(rules))
                .verify(polycom.device("O=Polycom,OU=0004f2a1b2c3,CN=phone"));

        assertThat(identity.mac()).isEqualTo(new MacAddress("0004f2a1b2c3"));
    }

    private DeviceCertificateVerifier verifier(VendorTrust vendors) {
        return new DeviceCertificateVerifier(ca.certificate(), crls, vendors, clock);
    }

    private static void assertRejected(ThrowingCallable verification, Reason reason) {
        assertThatThrownBy(verification)
                .isInstanceOfSatisfying(CertificateRejectedException.class,
                                        e -> assertThat(e.reason()).as(e.getMessage()).isEqualTo(reason));
    }
}
