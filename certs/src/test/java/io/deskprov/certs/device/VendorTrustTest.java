package io.deskprov.certs.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deskprov.certs.NotACertificateException;
import io.deskprov.certs.internal.PemFiles;
import io.deskprov.certs.testing.StandInVendorCa;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VendorTrustTest {
    @TempDir
    Path directory;

    @Test
    void load_readsPemAndDerFilesPerVendorFolder() throws Exception {
        final StandInVendorCa yealink = new StandInVendorCa("yealink");
        final StandInVendorCa polycom = new StandInVendorCa("polycom");
        Files.createDirectories(directory.resolve("yealink"));
        Files.createDirectories(directory.resolve("polycom"));
        Files.writeString(directory.resolve("yealink/root.pem"), PemFiles.toPem(List.of(yealink.certificate())));
        Files.write(directory.resolve("polycom/root.der"), polycom.certificate().getEncoded());
        Files.writeString(directory.resolve("polycom/README"), "ignored: not a certificate file name");

        final VendorTrust trust = VendorTrust.load(directory, Map.of());

        assertThat(trust.anchors()).containsExactlyInAnyOrder(yealink.certificate(), polycom.certificate());
        assertThat(trust.vendorOf(polycom.certificate())).isEqualTo("polycom");
        assertThat(trust.rulesFor("yealink")).isEqualTo(MacExtractionRules.yealink());
    }

    @Test
    void load_trustsNoVendorWithoutFolder() throws Exception {
        assertThat(VendorTrust.load(directory.resolve("missing"), Map.of()).anchors()).isEmpty();
    }

    @Test
    void load_refusesAFileThatHoldsNoCertificate() throws Exception {
        Files.createDirectories(directory.resolve("yealink"));
        Files.writeString(directory.resolve("yealink/root.pem"), "garbage");

        assertThatThrownBy(() -> VendorTrust.load(directory, Map.of()))
                .isInstanceOf(NotACertificateException.class)
                .hasMessageContaining("root.pem");
    }
}
