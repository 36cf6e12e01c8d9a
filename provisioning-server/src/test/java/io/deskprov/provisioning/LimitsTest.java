package io.deskprov.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.deskprov.provisioning.UploadLimits.UploadKind;
import io.deskprov.provisioning.testing.AccessLog;
import io.deskprov.provisioning.testing.Curl;
import io.deskprov.provisioning.testing.TestChangeFeed;
import io.deskprov.provisioning.testing.TestDevices;
import io.deskprov.provisioning.testing.TestServer;
import io.deskprov.store.company.DeviceAuthPolicy;
import io.deskprov.store.device.Vendor;

/** Every limit of the settings, and the refusals of the ladder, as a client over TLS meets them. */
class LimitsTest {
    private static final String MAC = "0004f2aa0001";

    @TempDir
    Path directory;

    private TestServer server;
    private Curl curl;

    @BeforeEach
    void start() throws Exception {
        final TestDevices devices = new TestDevices();
        devices.add(MAC, Vendor.POLYCOM, DeviceAuthPolicy.PASSWORD_ONLY);
        server = TestServer.start(directory, devices, new TestChangeFeed(), Clock.systemUTC(),
                                  settings -> settings.maxInitialLineLength(512)
                                                      .maxHeaderSize(2048)
                                                      .maxConnections(3)
                                                      .readTimeout(Duration.ofMillis(500))
                                                      .idleTimeout(Duration.ofSeconds(30))
                                                      .uploadLimits(UploadLimits.defaults()
                                                                                .with(UploadKind.LOG, 1000)));
        curl = new Curl(directory, server.pki());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd", "/%252e%252e%252fetc",
        "/..%5c..%5cwindows", "/%00.cfg", "/%2e/" + MAC + ".cfg"
    })
    void traversalIsRefusedOverTheWire(String path) throws Exception {
        final Curl.Response response = curl.run("--path-as-is", server.url(path));

        assertThat(response.status()).as(path).isEqualTo(400);
    }

    @Test
    void unknownFileAndSubdirectoryAreNotFound() throws Exception {
        assertThat(curl.run(server.url("/index.html")).status()).isEqualTo(404);
        assertThat(curl.run(server.url("/x/" + MAC + ".cfg")).status()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "DELETE", "OPTIONS", "TRACE"})
    void otherMethodsAreNotAllowed(String method) throws Exception {
        final Curl.Response response = curl.run("-X", method, server.url("/" + MAC + ".cfg"));

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.header("Allow")).isEqualTo("GET, HEAD, PUT");
    }

    @Test
    void putOfAFileThatIsOnlyReadIsNotAllowed() throws Exception {
        final Path body = Files.writeString(directory.resolve("x.cfg"), "x");

        final Curl.Response response = curl.run("-T", body.toString(), server.url("/" + MAC + ".cfg"));

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.header("Allow")).isEqualTo("GET, HEAD");
    }

    @Test
    void overlongRequestLineGets414() throws Exception {
        final Curl.Response response = curl.run(server.url("/" + "a".repeat(600) + ".cfg"));

        assertThat(response.status()).isEqualTo(414);
    }

    @Test
    void oversizeHeadersGet431EveryTime() throws Exception {
        // Refused while the rest of the header is still unread: the answer must not be lost to
        // a connection reset, which happened now and then when the server closed at once.
        for (int attempt = 0; attempt < 20; attempt++) {
            final Curl.Response response = curl.run("-H", "X-Padding: " + "p".repeat(30_000),
                                                    server.url("/" + MAC + ".cfg"));

            assertThat(response.status()).as("attempt %d: %s", attempt, response.output()).isEqualTo(431);
        }
    }

    @Test
    void uploadOverItsKindsLimitGets413BeforeAuthentication() throws Exception {
        final Path log = Files.write(directory.resolve("app.log"), new byte[1001]);

        final Curl.Response response = curl.run("--digest", "--user", "prov-" + MAC + ":pw-" + MAC,
                                                "-T", log.toString(), server.url("/" + MAC + "-app.log"));

        assertThat(response.status()).isEqualTo(413);
        assertThat(directory.resolve("data/uploads/" + MAC)).doesNotExist();
    }

    @Test
    void everyAnsweredRequestIsOneAccessLineAlsoWhenRefusedOnItsDeclaredLength() throws Exception {
        final Path log = Files.write(directory.resolve("app.log"), new byte[1001]);
        final Path big = Files.write(directory.resolve("big.log"), new byte[(1 << 20) + 1]);
        final String file = server.url("/" + MAC + "-app.log");
        try (AccessLog access = AccessLog.capture()) {
            // Refused on its Content-Length, before the body is read.
            final int declared = curl.run("-A", "declared", "-T", log.toString(), file).status();
            // No length announced: refused once the body passes the kind's limit.
            final int chunked = curl.run("-A", "chunked", "-H", "Transfer-Encoding: chunked", "-T", log.toString(),
                                         file).status();
            // Larger than any upload the server buffers, on a file that takes no upload at all.
            final int oversize = curl.run("-A", "oversize", "-H", "Transfer-Encoding: chunked", "-T", big.toString(),
                                          server.url("/" + MAC + ".cfg")).status();
            final int challenged = curl.run("-A", "challenged", server.url("/" + MAC + ".cfg")).status();
            final int missing = curl.run("-A", "missing", server.url("/index.html")).status();

            assertThat(List.of(declared, chunked, oversize, challenged, missing)).containsExactly(413, 413, 413, 401,
                                                                                                    404);
            access.awaitLines(5);
            assertThat(access.statusesFor("declared")).containsExactly("413");
            assertThat(access.statusesFor("chunked")).containsExactly("413");
            assertThat(access.statusesFor("oversize")).containsExactly("413");
            assertThat(access.statusesFor("challenged")).containsExactly("401");
            assertThat(access.statusesFor("missing")).containsExactly("404");
        }
        assertThat(directory.resolve("data/uploads/" + MAC)).doesNotExist();
    }

    @Test
    void uploadWithinTheLimitIsStoredUnderTheServersName() throws Exception {
        final Path log = Files.write(directory.resolve("app.log"), new byte[1000]);

        final Curl.Response response = curl.run("--digest", "--user", "prov-" + MAC + ":pw-" + MAC,
                                                "-T", log.toString(), server.url("/" + MAC.toUpperCase() + "-app.log"));

        assertThat(response.status()).isEqualTo(201);
        assertThat(directory.resolve("data/uploads/" + MAC + "/log/app.log")).hasSize(1000);
    }

    @Test
    void clientThatSendsNothingIsDisconnectedAfterTheReadTimeout() throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            final InputStream in = socket.getInputStream();
            socket.setSoTimeout(10_000);

            // No TLS hello, no bytes at all: the server closes and the read sees the end.
            await().atMost(Duration.ofSeconds(5)).until(() -> in.read() == -1);
        }
    }

    @Test
    void connectionsBeyondTheLimitAreClosedAtOnce() throws Exception {
        final Socket[] held = new Socket[3];
        try {
            for (int i = 0; i < held.length; i++) {
                held[i] = new Socket(InetAddress.getLoopbackAddress(), server.port());
            }
            await().atMost(Duration.ofSeconds(5)).until(() -> server.registry()
                    .get("deskprov.provisioning.connections.open").gauge().value() == 3.0);

            try (Socket extra = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
                extra.setSoTimeout(5_000);
                assertThat(extra.getInputStream().read()).isEqualTo(-1);
            }
            assertThat(server.registry().get("deskprov.provisioning.connections.refused").counter().count())
                    .isEqualTo(1.0);
        } finally {
            for (Socket socket : held) {
                if (socket != null) {
                    socket.close();
                }
            }
        }
    }
}
