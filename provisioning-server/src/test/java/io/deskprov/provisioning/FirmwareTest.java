package io.deskprov.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.deskprov.provisioning.testing.Curl;
import io.deskprov.provisioning.testing.TestChangeFeed;
import io.deskprov.provisioning.testing.TestDevices;
import io.deskprov.provisioning.testing.TestServer;
import io.deskprov.store.changes.Change;

/**
 * Firmware images streamed from the firmware folder, whole and in single ranges, and only the
 * image the model catalog names for the model the phone announces.
 */
class FirmwareTest {
    /** The bundled catalog's image for the T46U. */
    private static final String IMAGE = "T46U-108.86.0.90.rom";
    private static final String T46U = "Yealink SIP-T46U 108.86.0.75 00:15:65:aa:bb:cc";

    @TempDir
    Path directory;

    private byte[] image;
    private final TestChangeFeed changes = new TestChangeFeed();
    private TestServer server;
    private Curl curl;

    @BeforeEach
    void start() throws Exception {
        image = new byte[3 * 1024 * 1024 + 17];
        new Random(7).nextBytes(image);
        final Path firmware = Files.createDirectories(directory.resolve("firmware"));
        Files.write(firmware.resolve(IMAGE), image);
        Files.write(firmware.resolve("T54W-96.86.0.70.rom"), new byte[100]);
        Files.write(firmware.resolve("3111-48840-001.sip.ld"), new byte[200]);
        Files.write(firmware.resolve("tools.bin"), new byte[300]);
        Files.writeString(directory.resolve("secret.rom"), "outside");
        Files.createSymbolicLink(firmware.resolve("link.rom"), directory.resolve("secret.rom"));
        server = TestServer.start(directory, new TestDevices(), changes, Clock.systemUTC(),
                                  settings -> settings.firmwareDirectory(firmware));
        curl = new Curl(directory, server.pki());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void wholeImageIsStreamedWithItsLength() throws Exception {
        final Curl.Response response = curl.run("-A", T46U, server.url("/" + IMAGE));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Length")).isEqualTo(String.valueOf(image.length));
        assertThat(response.header("Accept-Ranges")).isEqualTo("bytes");
        assertThat(response.body()).isEqualTo(image);
    }

    @Test
    void singleRangeGets206WithThatSlice() throws Exception {
        final Curl.Response response = curl.run("-A", T46U, "-H", "Range: bytes=1000-1999", server.url("/" + IMAGE));

        assertThat(response.status()).isEqualTo(206);
        assertThat(response.header("Content-Range")).isEqualTo("bytes 1000-1999/" + image.length);
        assertThat(response.body()).isEqualTo(Arrays.copyOfRange(image, 1000, 2000));
    }

    @Test
    void suffixAndOpenRangesAreHonoured() throws Exception {
        final Curl.Response suffix = curl.run("-A", T46U, "-H", "Range: bytes=-10", server.url("/" + IMAGE));
        final Curl.Response open = curl.run("-A", T46U, "-H", "Range: bytes=" + (image.length - 5) + "-",
                                            server.url("/" + IMAGE));

        assertThat(suffix.body()).isEqualTo(Arrays.copyOfRange(image, image.length - 10, image.length));
        assertThat(open.body()).isEqualTo(Arrays.copyOfRange(image, image.length - 5, image.length));
    }

    @Test
    void rangeBeyondTheEndGets416() throws Exception {
        final Curl.Response response = curl.run("-A", T46U, "-H", "Range: bytes=" + image.length + "-",
                                                server.url("/" + IMAGE));

        assertThat(response.status()).isEqualTo(416);
        assertThat(response.header("Content-Range")).isEqualTo("bytes */" + image.length);
    }

    @Test
    void headGivesTheLengthWithoutTheBody() throws Exception {
        final Curl.Response response = curl.run("-A", T46U, "-I", server.url("/" + IMAGE));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Length")).isEqualTo(String.valueOf(image.length));
        // curl -I writes the headers where the body would go; nothing follows them.
        assertThat(response.text()).startsWith("HTTP/1.1 200").endsWith("\r\n\r\n").hasSizeLessThan(400);
    }

    @Test
    void missingImageAndSymbolicLinkOutOfTheFolderAreNotFound() throws Exception {
        assertThat(curl.run("-A", T46U, server.url("/T46U-1.2.3.4.rom")).status()).isEqualTo(404);
        assertThat(curl.run("-A", T46U, server.url("/link.rom")).status()).isEqualTo(404);
    }

    @Test
    void buildPinnedByAParameterIsServedUntilThePinIsRemoved() throws Exception {
        final String pinned = "T46U-108.86.0.60.rom";
        Files.write(directory.resolve("firmware").resolve(pinned), new byte[400]);
        assertThat(curl.run("-A", T46U, server.url("/" + pinned)).status()).isEqualTo(404);

        // An administrator pins the older build for some phones: the store announces a change.
        server.files().pinFirmware(pinned);
        changes.fire(Change.everything());
        final Curl.Response response = curl.run("-A", T46U, server.url("/firmware/" + pinned));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).hasSize(400);
        // Still only for phones: a client that is no known phone gets nothing.
        assertThat(curl.run(server.url("/" + pinned)).status()).isEqualTo(404);

        server.files().unpinFirmware(pinned);
        changes.fire(Change.everything());
        assertThat(curl.run("-A", T46U, server.url("/" + pinned)).status()).isEqualTo(404);
    }

    @Test
    void imageIsServedFromTheFirmwareFolderTheRendererNames() throws Exception {
        final Curl.Response response = curl.run("-A", T46U, server.url("/firmware/" + IMAGE));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(image);
    }

    @Test
    void polycomGetsTheImageOfItsModel() throws Exception {
        final String vvx450 = "FileTransport PolycomVVX-VVX_450-UA/6.4.6.2009 Type/Updater";

        final Curl.Response response = curl.run("-A", vvx450, server.url("/3111-48840-001.sip.ld"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).hasSize(200);
    }

    @Test
    void imagesThatAreNotThePhonesModelsAreAnsweredAsMissing() throws Exception {
        final Curl.Response missing = curl.run("-A", T46U, server.url("/T46U-1.2.3.4.rom"));

        final Curl.Response otherModel = curl.run("-A", T46U, server.url("/T54W-96.86.0.70.rom"));
        final Curl.Response otherVendor = curl.run("-A", T46U, server.url("/3111-48840-001.sip.ld"));
        final Curl.Response notInTheCatalog = curl.run("-A", T46U, server.url("/tools.bin"));
        final Curl.Response noPhone = curl.run(server.url("/" + IMAGE));
        final Curl.Response modelNotInTheCatalog = curl.run("-A", "Yealink SIP-T21P 52.84.0.15 00:15:65:aa:bb:cc",
                                                            server.url("/" + IMAGE));

        for (Curl.Response refused : List.of(otherModel, otherVendor, notInTheCatalog, noPhone,
                                             modelNotInTheCatalog)) {
            assertThat(refused.status()).isEqualTo(404);
            assertThat(refused.headers()).isEqualTo(missing.headers());
            assertThat(refused.body()).isEqualTo(missing.body());
        }
    }
}
