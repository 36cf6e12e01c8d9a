package io.deskprov.certs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deskprov.certs.ca.CertificateAuthority;
import io.deskprov.certs.ca.PkiSettings;
import io.deskprov.certs.internal.PemFiles;
import io.deskprov.certs.testing.OpenSsl;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateInfoTest {
    @TempDir
    Path directory;

    @Test
    void read_describesEachCertificateOfAChainFile() throws Exception {
        final CertificateAuthority ca = CertificateAuthority.create(PkiSettings.defaults(), Clock.systemUTC());
        final KeyMaterial server = ca.issueServerCertificate(List.of("prov.example.com", "192.0.2.10"));
        final KeyMaterialFiles files = new KeyMaterialFiles(directory.resolve("s.crt"), directory.resolve("s.key"));
        server.write(files);

        final List<CertificateInfo> infos = CertificateInfo.read(files.certificateChain());

        assertThat(infos).hasSize(2);
        final CertificateInfo leaf = infos.get(0);
        assertThat(leaf.subject()).isEqualTo("CN=prov.example.com");
        assertThat(leaf.issuer()).isEqualTo("CN=deskprov CA,O=deskprov");
        assertThat(leaf.subjectAltNames()).containsExactly("DNS:prov.example.com", "IP:192.0.2.10");
        assertThat(leaf.keyAlgorithm()).isEqualTo("EC 256");
        assertThat(leaf.certificateAuthority()).isFalse();
        assertThat(infos.get(1).certificateAuthority()).isTrue();
        assertThat(leaf.serialNumber()).isEqualTo(server.certificate().getSerialNumber().toString(16));
        assertThat(leaf.toText()).contains("Subject:      CN=prov.example.com", "SHA-256:      ");
    }

    @Test
    void fingerprint_equalsWhatOpensslPrints() throws Exception {
        final CertificateAuthority ca = CertificateAuthority.create(PkiSettings.defaults(), Clock.systemUTC());
        final Path file = directory.resolve("ca.crt");
        Files.writeString(file, PemFiles.toPem(List.of(ca.certificate())));

        final OpenSsl.Result result = OpenSsl.run("x509", "-in", OpenSsl.arg(file), "-noout", "-fingerprint",
                                                  "-sha256");

        assertThat(result.output()).contains(CertificateInfo.read(file).get(0).sha256Fingerprint());
    }

    @Test
    void read_refusesAFileWithoutCertificates() throws Exception {
        final Path file = directory.resolve("notes.txt");
        Files.writeString(file, "not a certificate", StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> CertificateInfo.read(file))
                .isInstanceOf(NotACertificateException.class)
                .hasMessageStartingWith(file.toString());
    }

    @Test
    void read_refusesAMissingFileClearly() {
        final Path file = directory.resolve("missing.crt");

        assertThatThrownBy(() -> CertificateInfo.read(file))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage(file + ": no such file");
    }
}
