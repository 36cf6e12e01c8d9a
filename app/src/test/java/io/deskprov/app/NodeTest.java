package io.deskprov.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.deskprov.app.config.Configuration;
import io.deskprov.store.Engine;
import io.deskprov.store.Store;
import io.deskprov.store.account.Account;
import io.deskprov.store.account.PasswordHasher;
import io.deskprov.store.account.TemporaryPassword;
import io.deskprov.store.testing.EngineTest;
import io.deskprov.store.testing.TestDatabase;

class NodeTest {
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dataDir;

    @EngineTest
    void startedNodeIsReadyServesMetricsAndStopsCleanly(TestDatabase database) throws Exception {
        final ByteArrayOutputStream printed = new ByteArrayOutputStream();
        final InetSocketAddress management;

        try (Node node = start(printed, database)) {
            management = node.managementAddress();

            await().atMost(Duration.ofSeconds(10)).until(() -> get(management, "/readyz").statusCode() == 200);
            assertThat(get(management, "/healthz").body()).isEqualTo("ok\n");
            final String metrics = get(management, "/metrics").body();
            assertThat(metrics).contains("jvm_memory_used_bytes", "hikaricp_connections", "process_uptime_seconds");
            final HttpResponse<byte[]> ca = http.send(HttpRequest.newBuilder(uri(management, "/ca.crt")).build(),
                                                      HttpResponse.BodyHandlers.ofByteArray());
            assertThat(ca.body()).isEqualTo(node.pki().caCertificate().orElseThrow().getEncoded());
            assertThat(ca.headers().firstValue("content-type")).contains("application/x-x509-ca-cert");
            assertThat(printed.toString(StandardCharsets.UTF_8))
                    .contains("deskprov " + Node.version() + " started")
                    .contains("management: http://127.0.0.1:" + management.getPort());
        }

        // A new client, so that no kept-alive connection to the stopped server is reused.
        final HttpClient fresh = HttpClient.newHttpClient();
        assertThatThrownBy(() -> fresh.send(HttpRequest.newBuilder(uri(management, "/healthz")).build(),
                                            HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(ConnectException.class);
    }

    @Test
    void embeddedDefaultKeepsItsDatabaseAndKeyUnderTheDataDirectory() throws Exception {
        try (Node node = start(new ByteArrayOutputStream(), null)) {
            assertThat(node.isReady()).isTrue();
        }

        assertThat(dataDir.resolve("deskprov.mv.db")).exists();
        assertThat(dataDir.resolve("secret.key")).exists();
        assertThat(dataDir.resolve("pki/ca.crt")).exists();
        assertThat(dataDir.resolve("pki/server.crt")).exists();
    }

    @Test
    void firstStartCreatesTheOperatorWithAOneTimePasswordPrintedOnceAndNeverLogged() throws Exception {
        final ByteArrayOutputStream firstOutput = new ByteArrayOutputStream();
        final ByteArrayOutputStream secondOutput = new ByteArrayOutputStream();
        final String password;

        try (Node node = start(firstOutput, null)) {
            final Matcher printed = Pattern.compile("username operator, one-time password (\\S+)")
                                           .matcher(firstOutput.toString(StandardCharsets.UTF_8));
            assertThat(printed.find()).isTrue();
            password = printed.group(1);
            final Store store = node.store();
            final Account account =
                    store.transaction(tx -> store.accounts().findByUsername(tx, "operator")).orElseThrow();
            final TemporaryPassword temporary =
                    store.transaction(tx -> store.passwords().temporaryPassword(tx, account.id())).orElseThrow();
            assertThat(PasswordHasher.owaspDefaults().matches(password, temporary.hash())).isTrue();
        }
        try (Node again = start(secondOutput, null)) {
            assertThat(again.isReady()).isTrue();
        }

        assertThat(password).hasSize(20);
        assertThat(secondOutput.toString(StandardCharsets.UTF_8)).doesNotContain("one-time password");
    }

    @Test
    void unknownPathIsNotFoundAndWritesAreNotAllowed() throws Exception {
        try (Node node = start(new ByteArrayOutputStream(), null)) {
            final InetSocketAddress management = node.managementAddress();

            final HttpResponse<String> post = http.send(
                    HttpRequest.newBuilder(uri(management, "/readyz")).POST(HttpRequest.BodyPublishers.noBody())
                               .build(), HttpResponse.BodyHandlers.ofString());

            assertThat(get(management, "/admin").statusCode()).isEqualTo(404);
            assertThat(post.statusCode()).isEqualTo(405);
            assertThat(post.headers().firstValue("allow")).contains("GET, HEAD");
        }
    }

    @Test
    void portAlreadyTakenStopsTheStartNamingTheAddress() throws Exception {
        try (Node first = start(new ByteArrayOutputStream(), null)) {
            final int taken = first.managementAddress().getPort();
            final Configuration config = Configuration.load(null, Map.of(), List.of(
                    "data.dir=" + Files.createDirectories(dataDir.resolve("second")), "management.port=" + taken,
                    "sip.enabled=false", "provisioning.https-port=0", "portal.port=0"));

            assertThatThrownBy(() -> Node.start(config, Clock.systemUTC(), new PrintStream(OutputStreamSink.INSTANCE)))
                    .isInstanceOf(NodeStartException.class)
                    .hasMessageContaining("127.0.0.1:" + taken);
        }
    }

    @Test
    void operatorCertificateIsServedAndNoCaIsMade() throws Exception {
        final Path elsewhere = Files.createDirectories(dataDir.resolve("elsewhere"));
        try (Node first = start(new ByteArrayOutputStream(), null)) {
            Files.copy(dataDir.resolve("pki/server.crt"), elsewhere.resolve("chain.pem"));
            Files.copy(dataDir.resolve("pki/server.key"), elsewhere.resolve("key.pem"));
        }
        final Path fresh = Files.createDirectories(dataDir.resolve("fresh"));
        final Configuration config = Configuration.load(null, Map.of(), List.of(
                "data.dir=" + fresh, "management.port=0", "sip.enabled=false", "provisioning.https-port=0",
                "portal.port=0",
                "tls.certificate-file=" + elsewhere.resolve("chain.pem"),
                "tls.key-file=" + elsewhere.resolve("key.pem")));

        try (Node node = Node.start(config, Clock.systemUTC(), new PrintStream(OutputStreamSink.INSTANCE))) {
            assertThat(node.pki().serverKeyMaterial().current().certificate().getSubjectX500Principal())
                    .isNotNull();
            assertThat(node.pki().certificateAuthority()).isEmpty();
            assertThat(get(node.managementAddress(), "/ca.crt").statusCode()).isEqualTo(404);
        }
        assertThat(fresh.resolve("pki/ca.key")).doesNotExist();
    }

    @Test
    void registrarRunsOnTheConfiguredPortsAndAnswersOptions() throws Exception {
        final int port = FreePorts.udpAndTcp();
        final int tlsPort = FreePorts.udpAndTcp();
        final Configuration config = Configuration.load(null, Map.of(), List.of(
                "data.dir=" + dataDir, "management.enabled=false", "sip.bind-address=127.0.0.1",
                "sip.udp-port=" + port, "sip.tcp-port=" + port, "sip.tls-port=" + tlsPort,
                "provisioning.https-port=0", "portal.port=0"));

        try (Node node = Node.start(config, Clock.systemUTC(), new PrintStream(OutputStreamSink.INSTANCE))) {
            assertThat(node.registrar()).isPresent();
            assertThat(SipProbe.options("127.0.0.1", port)).startsWith("SIP/2.0 200");
            // The SIP TLS listener serves the server certificate of our CA.
            final X509Certificate served = TlsProbe.peerCertificate(
                    "127.0.0.1", tlsPort, node.pki().caCertificate().orElseThrow());
            assertThat(served).isEqualTo(node.pki().serverKeyMaterial().current().certificate());
        }
    }

    @Test
    void unreachablePostgresStopsTheStartWithAClearMessage() {
        final Configuration config = Configuration.load(null, Map.of(), List.of(
                "data.dir=" + dataDir, "management.port=0", "database.connection-timeout=1s",
                "database.url=jdbc:postgresql://127.0.0.1:1/nothing"));

        assertThatThrownBy(() -> Node.start(config, Clock.systemUTC(), new PrintStream(OutputStreamSink.INSTANCE)))
                .isInstanceOf(NodeStartException.class)
                .hasMessageContaining("database");
    }

    private Node start(ByteArrayOutputStream printed, TestDatabase database) {
        final List<String> flags = new ArrayList<>(List.of("data.dir=" + dataDir, "management.port=0",
                                                          "sip.enabled=false", "provisioning.https-port=0",
                                                          "portal.port=0"));
        if (database != null && database.engine() == Engine.POSTGRESQL) {
            flags.add("database.url=" + database.settings().url());
        }
        final Configuration config = Configuration.load(null, Map.of(), flags);
        return Node.start(config, Clock.systemUTC(), new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> get(InetSocketAddress address, String path)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(address, path)).timeout(Duration.ofSeconds(5)).build(),
                         HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(InetSocketAddress address, String path) {
        return URI.create("http://127.0.0.1:" + address.getPort() + path);
    }

    /** Swallows what a test does not look at. */
    private static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {
            // Discarded on purpose.
        }
    }
}
