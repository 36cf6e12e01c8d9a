package io.deskprov.certs.tls;

import static org.assertj.core.api.Assertions.assertThat;

import io.deskprov.certs.KeyMaterial;
import io.deskprov.certs.KeyMaterialFiles;
import io.deskprov.certs.MacAddress;
import io.deskprov.certs.ca.CertificateAuthority;
import io.deskprov.certs.ca.PkiSettings;
import io.deskprov.certs.internal.PemFiles;
import io.deskprov.certs.testing.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.X509ExtendedKeyManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReloadingKeyMaterialTest {
    private static final Duration INTERVAL = Duration.ofSeconds(10);

    @TempDir
    Path directory;

    private final MutableClock clock = MutableClock.atNow();
    private CertificateAuthority ca;
    private KeyMaterialFiles files;

    @BeforeEach
    void writeFirstCertificate() throws Exception {
        ca = CertificateAuthority.create(PkiSettings.defaults(), clock);
        files = new KeyMaterialFiles(directory.resolve("server.crt"), directory.resolve("server.key"));
        ca.issueServerCertificate(List.of("first.example.com")).write(files);
    }

    @Test
    void current_picksUpChangedFilesOnceTheIntervalHasPassed() throws Exception {
        final ReloadingKeyMaterial material = ReloadingKeyMaterial.open(files, INTERVAL, clock);
        final List<KeyMaterial> reloaded = new ArrayList<>();
        material.onReload(reloaded::add);

        final KeyMaterial second = ca.issueServerCertificate(List.of("second.example.com"));
        second.write(files);
        clock.advance(INTERVAL.minusSeconds(1));
        final String beforeInterval = subject(material.current());
        clock.advance(Duration.ofSeconds(1));
        final String afterInterval = subject(material.current());

        assertThat(beforeInterval).isEqualTo("CN=first.example.com");
        assertThat(afterInterval).isEqualTo("CN=second.example.com");
        assertThat(reloaded).extracting(ReloadingKeyMaterialTest::subject).containsExactly("CN=second.example.com");
    }

    @Test
    void current_keepsThePreviousMaterialWhileTheNewKeyDoesNotMatch() throws Exception {
        final ReloadingKeyMaterial material = ReloadingKeyMaterial.open(files, INTERVAL, clock);
        final KeyMaterial second = ca.issueServerCertificate(List.of("second.example.com"));

        // The new certificate lands first; its key is still the old one.
        Files.writeString(files.certificateChain(), PemFiles.toPem(second.chain()));
        clock.advance(INTERVAL);
        final String halfWritten = subject(material.current());
        // Then the key follows.
        second.write(files);
        clock.advance(INTERVAL);

        assertThat(halfWritten).isEqualTo("CN=first.example.com");
        assertThat(subject(material.current())).isEqualTo("CN=second.example.com");
    }

    @Test
    void keyManager_servesTheCurrentChainAndAMatchingKey() throws Exception {
        final ReloadingKeyMaterial material = ReloadingKeyMaterial.open(files, INTERVAL, clock);
        final X509ExtendedKeyManager keyManager = material.keyManager();
        final String firstAlias = keyManager.chooseServerAlias("EC", null, null);

        final KeyMaterial second = ca.issueServerCertificate(List.of("second.example.com"));
        second.write(files);
        clock.advance(INTERVAL);
        final String secondAlias = keyManager.chooseEngineServerAlias("EC", null, null);

        assertThat(secondAlias).isNotEqualTo(firstAlias);
        assertThat(keyManager.getCertificateChain(secondAlias)[0]).isEqualTo(second.certificate());
        assertThat(keyManager.getPrivateKey(secondAlias)).isEqualTo(second.privateKey());
        // A handshake that chose its alias just before the reload still gets a matching pair.
        assertThat(keyManager.getCertificateChain(firstAlias)[0].getSubjectX500Principal().getName())
                .isEqualTo("CN=first.example.com");
        assertThat(keyManager.chooseServerAlias("RSA", null, null)).isNull();
    }

    @Test
    void keyManager_offersADeviceCertificateToServersAsking() throws Exception {
        final KeyMaterial device = ca.issueDeviceCertificate(new MacAddress("001565aabbcc"));
        device.write(files);

        final X509ExtendedKeyManager keyManager = ReloadingKeyMaterial.open(files, INTERVAL, clock).keyManager();
        final String alias = keyManager.chooseClientAlias(new String[] {"RSA", "EC"}, null, null);

        assertThat(keyManager.getCertificateChain(alias)).containsExactlyElementsOf(device.chain());
    }

    private static String subject(KeyMaterial material) {
        return material.certificate().getSubjectX500Principal().getName();
    }
}
