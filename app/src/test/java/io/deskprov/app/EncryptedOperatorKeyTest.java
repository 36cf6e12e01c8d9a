package io.deskprov.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.deskprov.app.config.Configuration;
import io.deskprov.certs.KeyMaterial;
import io.deskprov.certs.KeyMaterialFiles;
import io.deskprov.certs.ca.CertificateAuthority;
import io.deskprov.certs.ca.PkiSettings;

/**
 * An operator's certificate whose key OpenSSL encrypted: the node serves it with the configured
 * passphrase, and a wrong passphrase stops the start with one line naming the key file.
 */
class EncryptedOperatorKeyTest {
    private static final String PASSPHRASE = "operator's secret";

    @TempDir
    Path directory;

    private CertificateAuthority publicCa;
    private KeyMaterial operatorCertificate;
    private Path keyFile;

    @BeforeEach
    void encryptTheOperatorsKey() throws Exception {
        publicCa = CertificateAuthority.create(PkiSettings.defaults(), Clock.systemUTC());
        operatorCertificate = publicCa.issueServerCertificate(List.of("127.0.0.1"));
        final Path plainKey = directory.resolve("plain.key");
        operatorCertificate.write(new KeyMaterialFiles(directory.resolve("chain.pem"), plainKey));
        keyFile = directory.resolve("key.pem");
        OpenSslCommand.run("pkcs8", "-topk8", "-v2", "aes-256-cbc", "-in", plainKey.toString(),
                           "-out", keyFile.toString(), "-passout", "pass:" + PASSPHRASE);
        Files.delete(plainKey);
        assertThat(Files.readString(keyFile)).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----");
    }

    @Test
    void encryptedKeyIsServedWithItsPassphrase() throws Exception {
        try (Node node = Node.start(config(PASSPHRASE), Clock.systemUTC(), quiet())) {
            final int port = node.provisioning().orElseThrow().address().getPort();

            final X509Certificate served = TlsProbe.peerCertificate("127.0.0.1", port, publicCa.certificate());

            assertThat(served).isEqualTo(operatorCertificate.certificate());
        }
    }

    @Test
    void wrongPassphraseStopsTheStartWithOneLineNamingTheKeyFile() {
        assertThatThrownBy(() -> Node.start(config("not the passphrase"), Clock.systemUTC(), quiet()))
                .isInstanceOf(NodeStartException.class)
                .hasMessage("certificates are not usable: " + keyFile
                            + ": the passphrase does not open this encrypted private key")
                .message().doesNotContain("not the passphrase", "\n");
    }

    private Configuration config(String passphrase) {
        return Configuration.load(null, Map.of(), List.of(
                "data.dir=" + directory.resolve("data"), "management.enabled=false", "sip.enabled=false",
                "portal.enabled=false", "provisioning.host=127.0.0.1", "provisioning.https-port=0",
                "tls.certificate-file=" + directory.resolve("chain.pem"), "tls.key-file=" + keyFile,
                "tls.key-passphrase=" + passphrase));
    }

    private static PrintStream quiet() {
        return new PrintStream(OutputStream.nullOutputStream());
    }
}
