package io.deskprov.certs.ca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deskprov.certs.CertificateInfo;
import io.deskprov.certs.KeyMaterial;
import io.deskprov.certs.KeyMaterialFiles;
import io.deskprov.certs.MacAddress;
import io.deskprov.certs.PkiLayout;
import io.deskprov.certs.UnusableKeyMaterialException;
import io.deskprov.certs.testing.MutableClock;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerCertificateBootstrapTest {
    private static final List<String> NAMES = List.of("prov.example.com", "192.0.2.10");

    @TempDir
    Path data;

    private final MutableClock clock = MutableClock.atNow();

    @Test
    void ensure_makesCaAndServerCertificateOnFirstStart() throws Exception {
        final PkiLayout layout = PkiLayout.inDataDirectory(data);

        final KeyMaterialFiles files = bootstrap(layout).ensure(null, NAMES);

        assertThat(files).isEqualTo(new KeyMaterialFiles(layout.serverCertificate(), layout.serverKey()));
        assertThat(CertificateInfo.read(files.certificateChain()).get(0).subjectAltNames())
                .containsExactly("DNS:prov.example.com", "IP:192.0.2.10");
        assertThat(KeyMaterial.read(files).chain().get(1)).isEqualTo(CaFiles.load(layout, PkiSettings.defaults(),
                                                                                  clock).certificate());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(layout.serverKey())))
                .isEqualTo("rw-------");
    }

    @Test
    void ensure_changesNothingWhenRunAgain() throws Exception {
        final PkiLayout layout = PkiLayout.inDataDirectory(data);
        bootstrap(layout).ensure(null, NAMES);
        final byte[] certificate = Files.readAllBytes(layout.serverCertificate());
        final byte[] caKey = Files.readAllBytes(layout.caKey());

        bootstrap(layout).ensure(null, List.of("192.0.2.10"));

        assertThat(Files.readAllBytes(layout.serverCertificate())).isEqualTo(certificate);
        assertThat(Files.readAllBytes(layout.caKey())).isEqualTo(caKey);
    }

    @Test
    void ensure_reissuesTheServerCertificateForANewNameOrNearExpiry() throws Exception {
        final PkiLayout layout = PkiLayout.inDataDirectory(data);
        bootstrap(layout).ensure(null, NAMES);
        final String first = fingerprint(layout.serverCertificate());

        bootstrap(layout).ensure(null, List.of("prov.example.com", "phones.example.com"));
        final String second = fingerprint(layout.serverCertificate());
        clock.advance(Duration.ofDays(380));
        bootstrap(layout).ensure(null, List.of("prov.example.com", "phones.example.com"));

        assertThat(second).isNotEqualTo(first);
        assertThat(fingerprint(layout.serverCertificate())).isNotEqualTo(second);
    }

    @Test
    void ensure_reissuesTheServerCertificateWhenTheCrlLocationChanges() throws Exception {
        final PkiLayout layout = PkiLayout.inDataDirectory(data);
        final PkiSettings withCrl = PkiSettings.builder()
                                               .crlDistributionPoint(URI.create("http://pki.example.com/crl"))
                                               .build();
        bootstrap(layout).ensure(null, NAMES);
        final String first = fingerprint(layout.serverCertificate());

        new ServerCertificateBootstrap(layout, withCrl, clock).ensure(null, NAMES);
        final String second = fingerprint(layout.serverCertificate());
        new ServerCertificateBootstrap(layout, withCrl, clock).ensure(null, NAMES);

        assertThat(second).isNotEqualTo(first);
        assertThat(fingerprint(layout.serverCertificate())).isEqualTo(second);
        assertThat(LeafExtensions.crlUrl(KeyMaterial.read(
                new KeyMaterialFiles(layout.serverCertificate(), layout.serverKey())).certificate()))
                .contains(URI.create("http://pki.example.com/crl"));
    }

    @Test
    void ensure_usesTheOperatorsCertificateAndMakesNothing() throws Exception {
        final PkiLayout layout = PkiLayout.inDataDirectory(data);
        final KeyMaterialFiles supplied = new KeyMaterialFiles(data.resolve("public.crt"), data.resolve("public.key"));
        CertificateAuthority.create(PkiSettings.defaults(), clock).issueServerCertificate(NAMES).write(supplied);

        final KeyMaterialFiles files = bootstrap(layout).ensure(supplied, NAMES);

        assertThat(files).isEqualTo(supplied);
        assertThat(layout.directory()).doesNotExist();
    }

    @Test
    void ensure_refusesAnOperatorKeyOfAnotherCertificate() throws Exception {
        final CertificateAuthority ca = CertificateAuthority.create(PkiSettings.defaults(), clock);
        final KeyMaterialFiles supplied = new KeyMaterialFiles(data.resolve("public.crt"), data.resolve("public.key"));
        ca.issueServerCertificate(NAMES).write(supplied);
        ca.issueDeviceCertificate(new MacAddress("001565aabbcc"))
                .write(new KeyMaterialFiles(data.resolve("other.crt"), supplied.privateKey()));

        assertThatThrownBy(() -> bootstrap(PkiLayout.inDataDirectory(data)).ensure(supplied, NAMES))
                .isInstanceOf(UnusableKeyMaterialException.class)
                .hasMessageContaining("is not the private key of the certificate");
    }

    @Test
    void ensureCa_refusesToReplaceACaWhoseKeyIsMissing() throws Exception {
        final PkiLayout layout = PkiLayout.inDataDirectory(data);
        bootstrap(layout).ensure(null, NAMES);
        Files.delete(layout.caKey());

        assertThatThrownBy(() -> bootstrap(layout).ensureCa())
                .isInstanceOf(UnusableKeyMaterialException.class)
                .hasMessageContaining("only one of");
    }

    private ServerCertificateBootstrap bootstrap(PkiLayout layout) {
        return new ServerCertificateBootstrap(layout, PkiSettings.defaults(), clock);
    }

    private static String fingerprint(Path file) throws Exception {
        return CertificateInfo.read(file).get(0).sha256Fingerprint();
    }
}
