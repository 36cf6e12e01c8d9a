package io.deskprov.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.deskprov.app.OpenSslCommand;

class CertsCommandTest {
    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    @TempDir
    Path directory;

    @Test
    void initMakesACaOnceAndRefusesToReplaceIt() {
        assertThat(run("certs", "init")).isZero();
        assertThat(console.out()).contains("CA created:", "SHA-256");

        assertThat(run("certs", "init")).isEqualTo(Main.USAGE_ERROR);
        assertThat(console.err()).contains("a CA exists already").doesNotContain("\tat ");
    }

    @Test
    void rsaCaCanBeAskedForOnTheCommandLine() throws Exception {
        assertThat(run("certs", "init", "--key-type", "rsa_3072")).isZero();

        assertThat(openssl("x509", "-in", directory.resolve("data/pki/ca.crt").toString(), "-noout", "-text"))
                .contains("Public-Key: (3072 bit)", "rsaEncryption");
    }

    @Test
    void unknownKeyTypeIsRefusedNamingTheChoices() {
        assertThat(run("certs", "init", "--key-type", "dsa")).isEqualTo(Main.USAGE_ERROR);
        assertThat(console.err()).contains("pki.key-type", "ec_p256, rsa_2048, rsa_3072");
    }

    @Test
    void deviceCertificateVerifiesWithOpensslUntilItIsRevoked() throws Exception {
        run("certs", "init");
        final Path ca = directory.resolve("data/pki/ca.crt");

        assertThat(run("certs", "issue-device", "--mac", "00:15:65:AA:BB:CC", "--out", directory.toString())).isZero();
        final Path device = directory.resolve("001565aabbcc.crt");
        assertThat(openssl("verify", "-CAfile", ca.toString(), "-purpose", "sslclient", device.toString()))
                .contains(device + ": OK");

        final Matcher serial = Pattern.compile("serial ([0-9a-f]+)").matcher(console.out());
        assertThat(serial.find()).isTrue();
        assertThat(run("certs", "revoke", "--serial", serial.group(1))).isZero();
        final Path crl = directory.resolve("data/pki/crl.pem");
        assertThat(openssl("verify", "-CAfile", ca.toString(), "-CRLfile", crl.toString(), "-crl_check",
                           device.toString())).contains("certificate revoked");
    }

    @Test
    void invalidMacIsRefusedClearly() {
        run("certs", "init");

        assertThat(run("certs", "issue-device", "--mac", "00:15:65:zz:bb:cc", "--out", directory.toString()))
                .isEqualTo(Main.USAGE_ERROR);
        assertThat(console.err()).contains("00:15:65:zz:bb:cc").doesNotContain("\tat ");
    }

    @Test
    void issuingWithoutACaSaysWhatToRun() {
        assertThat(run("certs", "issue-server", "--name", "prov.example.net")).isEqualTo(Main.USAGE_ERROR);
        assertThat(console.err()).contains("there is no CA yet", "deskprov certs init");
    }

    @Test
    void serverCertificateCoversTheGivenNames() throws Exception {
        run("certs", "init");

        assertThat(run("certs", "issue-server", "--name", "prov.example.net", "--name", "192.0.2.10",
                       "--out", directory.toString())).isZero();

        final String text = openssl("x509", "-in", directory.resolve("server.crt").toString(), "-noout", "-ext",
                                    "subjectAltName");
        assertThat(text).contains("DNS:prov.example.net", "IP Address:192.0.2.10");
    }

    @Test
    void showPrintsTheCertificateAndRefusesAFileThatHoldsNone() throws IOException {
        run("certs", "init");
        final Path notACertificate = Files.writeString(directory.resolve("notes.txt"), "hello");

        assertThat(run("certs", "show", directory.resolve("data/pki/ca.crt").toString())).isZero();
        assertThat(console.out()).contains("SHA-256");
        assertThat(run("certs", "show", notACertificate.toString())).isEqualTo(Main.USAGE_ERROR);
        assertThat(console.err()).contains("notes.txt").doesNotContain("\tat ");
    }

    @Test
    void pkcs12CaWithAWrongPassphraseIsRefusedClearly() {
        final String file = "--set=pki.ca-pkcs12-file=" + directory.resolve("ca.p12");
        assertThat(run("certs", "init", file, "--set=pki.ca-passphrase=right-one")).isZero();

        assertThat(run("certs", "issue-server", file, "--set=pki.ca-passphrase=wrong-one")).isEqualTo(Main.USAGE_ERROR);
        assertThat(console.err()).contains("passphrase").doesNotContain("wrong-one", "\tat ");
    }

    private int run(String... args) {
        final List<String> withData = new ArrayList<>(List.of(args));
        if (!List.of(args).contains("show")) {
            withData.add("--set=data.dir=" + directory.resolve("data"));
        }
        return Main.run(withData.toArray(String[]::new));
    }

    private static String openssl(String... args) throws IOException, InterruptedException {
        return OpenSslCommand.run(args);
    }
}
