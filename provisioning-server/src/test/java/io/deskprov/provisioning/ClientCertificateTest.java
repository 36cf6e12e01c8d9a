package io.deskprov.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.deskprov.provisioning.testing.Curl;
import io.deskprov.provisioning.testing.JdkClient;
import io.deskprov.provisioning.testing.TestDevices;
import io.deskprov.provisioning.testing.TestPki;
import io.deskprov.provisioning.testing.TestServer;
import io.deskprov.store.company.DeviceAuthPolicy;
import io.deskprov.store.device.Vendor;

/** Device certificates of our CA, presented by the JDK client and by curl. */
class ClientCertificateTest {
    private static final String MAC = "001565ccdd01";
    private static final String UA = "Yealink SIP-T54W 96.86.0.70 00:15:65:cc:dd:01";

    @TempDir
    Path directory;

    private final TestDevices devices = new TestDevices();
    private TestServer server;

    @BeforeEach
    void start() throws Exception {
        devices.add(MAC, Vendor.YEALINK, DeviceAuthPolicy.CERTIFICATE_ONLY);
        server = TestServer.start(directory, devices);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void certificateNamingTheMacGetsTheFileWithoutPassword() throws Exception {
        final JdkClient client = JdkClient.create(server.pki(), server.pki().deviceCertificate(MAC));

        final HttpResponse<String> response = client.get(server.url("/" + MAC + ".cfg"), UA);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("sip-" + MAC);
    }

    @Test
    void certificateAlsoServesTheCommonFileForTheMacInTheUserAgent() throws Exception {
        final JdkClient client = JdkClient.create(server.pki(), server.pki().deviceCertificate(MAC));

        final HttpResponse<String> response = client.get(server.url("/y000000000096.cfg"), UA);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("common for " + MAC);
    }

    @Test
    void certificateOfAnotherMacIsForbidden() throws Exception {
        final JdkClient client = JdkClient.create(server.pki(), server.pki().deviceCertificate("001565ccdd99"));

        final HttpResponse<String> response = client.get(server.url("/" + MAC + ".cfg"), "Yealink SIP-T54W 96.86.0.70");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).doesNotContain("sip-");
    }

    @Test
    void certificateOfAnotherCaFailsTheHandshake() throws Exception {
        final TestPki stranger = TestPki.create(Files.createDirectories(directory.resolve("stranger-ca")));
        final JdkClient client = JdkClient.create(server.pki(), stranger.deviceCertificate(MAC));

        assertThatThrownBy(() -> client.get(server.url("/" + MAC + ".cfg"), UA)).isInstanceOf(IOException.class);
    }

    @Test
    void certificateOnlyDeviceWithoutCertificateIsChallengedLikeAnyOther() throws Exception {
        final JdkClient client = JdkClient.create(server.pki(), null);

        final HttpResponse<String> response = client.get(server.url("/" + MAC + ".cfg"), UA);

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void curlPresentingTheDeviceCertificateGetsTheFile() throws Exception {
        final var certificate = server.pki().deviceCertificate(MAC);

        final Curl.Response response = new Curl(directory, server.pki()).run(
                "--cert", certificate.certificateChain().toString(), "--key", certificate.privateKey().toString(),
                "-A", UA, server.url("/" + MAC + ".boot"));

        assertThat(response.status()).as(response.output()).isEqualTo(200);
        assertThat(response.text()).contains("include:config \"" + MAC + ".cfg\"");
    }
}
