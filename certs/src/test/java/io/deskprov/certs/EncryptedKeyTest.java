package io.deskprov.certs;

import static io.deskprov.certs.testing.OpenSsl.arg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deskprov.certs.ca.CertificateAuthority;
import io.deskprov.certs.ca.PkiSettings;
import io.deskprov.certs.testing.OpenSsl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Operators' private keys encrypted by the OpenSSL tool, in the PKCS#8 form and in OpenSSL's
 * older {@code Proc-Type: 4,ENCRYPTED} form, open with their passphrase and with nothing else.
 */
class EncryptedKeyTest {
    private static final String PASSPHRASE = "correct horse battery";

    @TempDir
    Path directory;

    private Path chain;
    private Path plainKey;

    @BeforeEach
    void issueWithOpenSslReadableFiles() throws Exception {
        final CertificateAuthority ca = CertificateAuthority.create(
                PkiSettings.builder().keyType(KeyType.RSA_2048).build(), Clock.systemUTC());
        final KeyMaterial material = ca.issueServerCertificate(List.of("prov.example.com"));
        chain = directory.resolve("server.crt");
        plainKey = directory.resolve("plain.key");
        material.write(new KeyMaterialFiles(chain, plainKey));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "PKCS#8, AES-256-CBC   | pkcs8 -topk8 -v2 aes-256-cbc        | -----BEGIN ENCRYPTED PRIVATE KEY-----",
        "PKCS#8, 3DES (v1 PBE) | pkcs8 -topk8 -v1 PBE-SHA1-3DES       | -----BEGIN ENCRYPTED PRIVATE KEY-----",
        "OpenSSL legacy, AES   | rsa -traditional -aes256             | Proc-Type: 4,ENCRYPTED",
        "OpenSSL legacy, 3DES  | rsa -traditional -des3               | Proc-Type: 4,ENCRYPTED"
    })
    void encryptedKeyOpensWithItsPassphrase(String form, String command, String marker) throws Exception {
        final Path encrypted = encrypt(command);

        final KeyMaterial material = KeyMaterial.read(new KeyMaterialFiles(chain, encrypted,
                                                                           PASSPHRASE.toCharArray()));

        assertThat(Files.readString(encrypted)).as(form).contains(marker);
        assertThat(material.privateKey()).isEqualTo(KeyMaterial.read(new KeyMaterialFiles(chain, plainKey))
                                                                .privateKey());
    }

    @ParameterizedTest
    @CsvSource({"pkcs8 -topk8 -v2 aes-256-cbc", "rsa -traditional -aes256"})
    void wrongPassphraseIsOneLineNamingTheFileAndNotThePassphrase(String command) throws Exception {
        final Path encrypted = encrypt(command);

        assertThatThrownBy(() -> KeyMaterial.read(new KeyMaterialFiles(chain, encrypted, "guess-1".toCharArray())))
                .isInstanceOf(WrongPassphraseException.class)
                .hasMessage(encrypted + ": the passphrase does not open this encrypted private key")
                .message().doesNotContain("guess-1", PASSPHRASE, "\n");
    }

    @Test
    void encryptedKeyWithoutAPassphraseSaysSo() throws Exception {
        final Path encrypted = encrypt("pkcs8 -topk8 -v2 aes-256-cbc");

        assertThatThrownBy(() -> KeyMaterial.read(new KeyMaterialFiles(chain, encrypted)))
                .isInstanceOf(NotACertificateException.class)
                .hasMessage(encrypted + ": holds an encrypted private key, and no passphrase is given");
    }

    @Test
    void passphraseIsNeverPrinted() {
        final KeyMaterialFiles files = new KeyMaterialFiles(chain, plainKey, PASSPHRASE.toCharArray());

        assertThat(files.toString()).doesNotContain(PASSPHRASE).contains("encrypted");
        assertThat(files).isEqualTo(new KeyMaterialFiles(chain, plainKey, PASSPHRASE.toCharArray()))
                         .isNotEqualTo(new KeyMaterialFiles(chain, plainKey));
    }

    /** Runs {@code openssl <command>} over the plain key, protected by the passphrase. */
    private Path encrypt(String command) {
        final Path encrypted = directory.resolve("encrypted.key");
        final List<String> arguments = new ArrayList<>(List.of(command.split(" ")));
        arguments.addAll(List.of("-in", arg(plainKey), "-out", arg(encrypted), "-passout", "pass:" + PASSPHRASE));
        final OpenSsl.Result result = OpenSsl.run(arguments.toArray(new String[0]));
        assertThat(result.exitCode()).as(result.output()).isZero();
        return encrypted;
    }
}
