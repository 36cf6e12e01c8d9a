package io.deskprov.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.deskprov.provisioning.testing.Curl;
import io.deskprov.provisioning.testing.DigestAnswer;
import io.deskprov.provisioning.testing.TestDevices;
import io.deskprov.provisioning.testing.TestServer;
import io.deskprov.store.company.DeviceAuthPolicy;
import io.deskprov.store.device.Vendor;

/** Passwords over real TLS with curl: Digest (both algorithms), Basic, and every refusal. */
class AuthenticationTest {
    private static final String MAC = "001565aabb01";
    private static final String UA = "Yealink SIP-T46U 108.86.0.75 00:15:65:aa:bb:01";

    @TempDir
    Path directory;

    private final TestDevices devices = new TestDevices();
    private TestServer server;
    private Curl curl;

    @BeforeEach
    void start() throws Exception {
        devices.add(MAC, Vendor.YEALINK, DeviceAuthPolicy.CERTIFICATE_OR_PASSWORD);
        server = TestServer.start(directory, devices);
        curl = new Curl(directory, server.pki());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void digestWithTheDevicePasswordGetsItsConfig() throws Exception {
        final Curl.Response response = curl.run("--digest", "--user", "prov-" + MAC + ":pw-" + MAC, "-A", UA,
                                                server.url("/" + MAC + ".cfg"));

        assertThat(response.status()).as(response.output()).isEqualTo(200);
        assertThat(response.text()).contains("account.1.password = sip-" + MAC);
        assertThat(response.header("ETag")).startsWith("\"");
    }

    @Test
    void basicOverTlsWithTheDevicePasswordGetsItsConfig() throws Exception {
        final Curl.Response response = curl.run("--basic", "--user", "prov-" + MAC + ":pw-" + MAC, "-A", UA,
                                                server.url("/" + MAC + ".cfg"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text()).contains("sip-" + MAC);
    }

    @Test
    void noCredentialsGetsAChallengeOfferingSha256ThenMd5ThenBasic() throws Exception {
        final Curl.Response response = curl.run("-A", UA, server.url("/" + MAC + ".cfg"));

        assertThat(response.status()).isEqualTo(401);
        final List<String> challenges = response.headers().get("www-authenticate");
        assertThat(challenges).hasSize(3);
        assertThat(challenges.get(0)).startsWith("Digest realm=\"deskprov\", qop=\"auth\", algorithm=SHA-256");
        assertThat(challenges.get(1)).startsWith("Digest realm=\"deskprov\", qop=\"auth\", algorithm=MD5");
        assertThat(challenges.get(2)).isEqualTo("Basic realm=\"deskprov\", charset=\"UTF-8\"");
    }

    @Test
    void unknownMacGetsExactlyTheAnswerOfAWrongPassword() throws Exception {
        final String unknown = "001565ffee01";

        final Curl.Response wrongPassword = curl.run("--digest", "--user", "prov-" + MAC + ":wrong-password",
                                                     "-A", UA, server.url("/" + MAC + ".cfg"));
        final Curl.Response unknownMac = curl.run("--digest", "--user", "prov-" + unknown + ":pw-" + unknown,
                                                  "-A", "Yealink SIP-T46U 108.86.0.75 00:15:65:ff:ee:01",
                                                  server.url("/" + unknown + ".cfg"));

        assertThat(unknownMac.status()).isEqualTo(wrongPassword.status()).isEqualTo(401);
        assertThat(withoutNonces(unknownMac.headers())).isEqualTo(withoutNonces(wrongPassword.headers()));
        assertThat(unknownMac.body()).isEqualTo(wrongPassword.body());
    }

    @Test
    void wrongPasswordAndWrongUserAreRefused() throws Exception {
        final Curl.Response wrongPassword = curl.run("--digest", "--user", "prov-" + MAC + ":nope", "-A", UA,
                                                     server.url("/" + MAC + ".cfg"));
        final Curl.Response wrongUser = curl.run("--digest", "--user", "someone:pw-" + MAC, "-A", UA,
                                                 server.url("/" + MAC + ".cfg"));
        final Curl.Response wrongBasic = curl.run("--basic", "--user", "prov-" + MAC + ":nope", "-A", UA,
                                                  server.url("/" + MAC + ".cfg"));

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongUser.status()).isEqualTo(401);
        assertThat(wrongBasic.status()).isEqualTo(401);
        assertThat(wrongPassword.text()).doesNotContain("sip-");
    }

    @Test
    void anotherDevicesPasswordDoesNotOpenThisDevicesFile() throws Exception {
        final String other = "001565aabb02";
        devices.add(other, Vendor.YEALINK, DeviceAuthPolicy.PASSWORD_ONLY);

        final Curl.Response response = curl.run("--digest", "--user", "prov-" + other + ":pw-" + other,
                                                server.url("/" + MAC + ".cfg"));

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void userAgentMacOtherThanTheFilesMacIsForbidden() throws Exception {
        final Curl.Response response = curl.run("--digest", "--user", "prov-" + MAC + ":pw-" + MAC,
                                                "-A", "Yealink SIP-T46U 108.86.0.75 00:15:65:aa:bb:99",
                                                server.url("/" + MAC + ".cfg"));

        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void certificateOnlyCompanyRefusesTheRightPassword() throws Exception {
        final String strict = "001565aabb03";
        devices.add(strict, Vendor.YEALINK, DeviceAuthPolicy.CERTIFICATE_ONLY);

        final Curl.Response response = curl.run("--digest", "--user", "prov-" + strict + ":pw-" + strict,
                                                server.url("/" + strict + ".cfg"));

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void replayedDigestAnswerIsRefusedLikeAWrongPassword() throws Exception {
        final String file = "/" + MAC + ".cfg";
        final String nonce = DigestAnswer.nonceOf(curl.run("-A", UA, server.url(file)).header("WWW-Authenticate"));
        final DigestAnswer login = new DigestAnswer("SHA-256", "prov-" + MAC, "pw-" + MAC, "deskprov");
        final String captured = login.header("GET", file, nonce, 1);

        // The phone's own request, then someone who captured its Authorization header sends it again.
        final Curl.Response original = curl.run("-A", UA, "-H", "Authorization: " + captured, server.url(file));
        final Curl.Response replay = curl.run("-A", UA, "-H", "Authorization: " + captured, server.url(file));
        final Curl.Response wrongPassword = curl.run("--digest", "--user", "prov-" + MAC + ":wrong-password",
                                                     "-A", UA, server.url(file));
        // The phone itself goes on counting over the same nonce.
        final Curl.Response next = curl.run("-A", UA, "-H", "Authorization: " + login.header("GET", file, nonce, 2),
                                            server.url(file));

        assertThat(original.status()).isEqualTo(200);
        assertThat(replay.status()).isEqualTo(401);
        assertThat(replay.text()).doesNotContain("sip-");
        assertThat(withoutNonces(replay.headers())).isEqualTo(withoutNonces(wrongPassword.headers()));
        assertThat(replay.body()).isEqualTo(wrongPassword.body());
        assertThat(next.status()).isEqualTo(200);
    }

    private static Map<String, List<String>> withoutNonces(Map<String, List<String>> headers) {
        final Map<String, List<String>> copy = new HashMap<>(headers);
        copy.computeIfPresent("www-authenticate", (name, values) -> values.stream()
                .map(value -> value.replaceAll("nonce=\"[^\"]*\"", "nonce=\"-\"")).toList());
        return copy;
    }
}
