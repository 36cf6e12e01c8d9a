package io.deskprov.certs.ca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deskprov.certs.KeyType;
import io.deskprov.certs.NotACertificateException;
import io.deskprov.certs.PkiLayout;
import io.deskprov.certs.UnreadableFileException;
import io.deskprov.certs.UnusableKeyMaterialException;
import io.deskprov.certs.WrongPassphraseException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CaFilesTest {
    private static final char[] PASSPHRASE = "correct horse battery staple".toCharArray();

    @TempDir
    Path data;

    @ParameterizedTest
    @EnumSource(KeyType.class)
    void save_writesOwnerOnlyKeyAndLoadsTheSameCa(KeyType keyType) throws Exception {
        final PkiLayout layout = PkiLayout.inDataDirectory(data);
        final PkiSettings settings = PkiSettings.builder().keyType(keyType).build();
        final CertificateAuthority ca = CertificateAuthority.create(settings, Clock.systemUTC());

        CaFiles.save(ca, layout);
        final CertificateAuthority loaded = CaFiles.load(layout, settings, Clock.systemUTC());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(layout.caKey())))
                .isEqualTo("rw-------");
        assertThat(Files.readString(layout.caKey())).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(loaded.certificate()).isEqualTo(ca.certificate());
        assertThat(loaded.certificate().getPublicKey().getAlgorithm())
                .isEqualTo(keyType == KeyType.EC_P256 ? "EC" : "RSA");
    }

    @Test
    void loadPkcs12_returnsTheSavedCa() throws Exception {
        final Path file = data.resolve("ca.p12");
        final CertificateAuthority ca = CertificateAuthority.create(PkiSettings.defaults(), Clock.systemUTC());

        CaFiles.savePkcs12(ca, file, PASSPHRASE);
        final CertificateAuthority loaded = CaFiles.loadPkcs12(file, PASSPHRASE, PkiSettings.defaults(),
                                                               Clock.systemUTC());

        assertThat(loaded.fingerprint()).isEqualTo(ca.fingerprint());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void loadPkcs12_refusesAWrongPassphraseWithoutRevealingIt() throws Exception {
        final Path file = data.resolve("ca.p12");
        CaFiles.savePkcs12(CertificateAuthority.create(PkiSettings.defaults(), Clock.systemUTC()), file, PASSPHRASE);

        assertThatThrownBy(() -> CaFiles.loadPkcs12(file, "guess".toCharArray(), PkiSettings.defaults(),
                                                    Clock.systemUTC()))
                .isInstanceOf(WrongPassphraseException.class)
                .hasMessage(file + ": the passphrase does not open this PKCS#12 file")
                .message().doesNotContain("guess");
    }

    @Test
    void loadPkcs12_refusesAFileThatIsNoKeyStore() throws Exception {
        final Path file = Files.writeString(data.resolve("ca.p12"), "plain text");

        assertThatThrownBy(() -> CaFiles.loadPkcs12(file, PASSPHRASE, PkiSettings.defaults(), Clock.systemUTC()))
                .isInstanceOf(NotACertificateException.class)
                .hasMessageContaining("is not a PKCS#12 file");
    }

    @Test
    void load_refusesMissingFilesClearly() {
        final PkiLayout layout = PkiLayout.inDataDirectory(data);

        assertThatThrownBy(() -> CaFiles.load(layout, PkiSettings.defaults(), Clock.systemUTC()))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage(layout.caCertificate() + ": no such file");
    }

    @Test
    void load_refusesAKeyOfAnotherCa() throws Exception {
        final PkiLayout layout = PkiLayout.inDataDirectory(data);
        final PkiLayout other = PkiLayout.inDataDirectory(data.resolve("other"));
        CaFiles.save(CertificateAuthority.create(PkiSettings.defaults(), Clock.systemUTC()), layout);
        CaFiles.save(CertificateAuthority.create(PkiSettings.defaults(), Clock.systemUTC()), other);
        Files.copy(other.caKey(), layout.caKey(), StandardCopyOption.REPLACE_EXISTING);

        assertThatThrownBy(() -> CaFiles.load(layout, PkiSettings.defaults(), Clock.systemUTC()))
                .isInstanceOf(UnusableKeyMaterialException.class)
                .hasMessageContaining("is not the private key");
    }
}
