package io.deskprov.provisioning.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.UnaryOperator;

import io.deskprov.provisioning.ConfigFiles;
import io.deskprov.provisioning.DeviceDirectory;
import io.deskprov.provisioning.FailureCounts;
import io.deskprov.provisioning.ProvisioningBackend;
import io.deskprov.provisioning.ProvisioningServer;
import io.deskprov.provisioning.ProvisioningServerSettings;
import io.deskprov.store.changes.ChangeFeed;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * A provisioning server on an ephemeral port of 127.0.0.1 with our test CA, rendering with
 * {@link TestConfigFiles} and recording into a {@link CollectingRecorder}.
 */
public final class TestServer implements AutoCloseable {
    private final TestPki pki;
    private final TestConfigFiles files;
    private final CollectingRecorder recorder;
    private final SimpleMeterRegistry registry;
    private final ProvisioningServer server;

    private TestServer(TestPki pki, TestConfigFiles files, CollectingRecorder recorder, SimpleMeterRegistry registry,
                       ProvisioningServer server) {
        this.pki = pki;
        this.files = files;
        this.recorder = recorder;
        this.registry = registry;
        this.server = server;
    }

    public static TestServer start(Path directory, DeviceDirectory devices, ChangeFeed changes, Clock clock,
                                   UnaryOperator<ProvisioningServerSettings.Builder> tweak) throws Exception {
        return start(directory, devices, new TestConfigFiles(), changes, clock, tweak);
    }

    /** A server rendering with the given files instead of {@link TestConfigFiles}. */
    public static TestServer start(Path directory, DeviceDirectory devices, ConfigFiles rendering,
                                   ChangeFeed changes, Clock clock,
                                   UnaryOperator<ProvisioningServerSettings.Builder> tweak) throws Exception {
        return start(directory, devices, rendering, changes, FailureCounts.perNode(), clock, tweak);
    }

    /** A server rendering with the given files, counting failed logins with the given counts. */
    public static TestServer start(Path directory, DeviceDirectory devices, ConfigFiles rendering,
                                   ChangeFeed changes, FailureCounts failures, Clock clock,
                                   UnaryOperator<ProvisioningServerSettings.Builder> tweak) throws Exception {
        final TestPki pki = TestPki.create(directory);
        final TestConfigFiles files = rendering instanceof TestConfigFiles own ? own : new TestConfigFiles();
        final CollectingRecorder recorder = new CollectingRecorder();
        final SimpleMeterRegistry registry = new SimpleMeterRegistry();
        final ProvisioningServerSettings settings = tweak.apply(
                ProvisioningServerSettings.builder(directory.resolve("data"))
                                          .host("127.0.0.1")
                                          .httpsPort(0)
                                          .eventFlushInterval(Duration.ofMillis(50))).build();
        final ProvisioningServer server = ProvisioningServer.start(
                settings, pki.serverTls(), new ProvisioningBackend(devices, rendering, changes, recorder, failures),
                registry,
                clock);
        return new TestServer(pki, files, recorder, registry, server);
    }

    public static TestServer start(Path directory, DeviceDirectory devices) throws Exception {
        return start(directory, devices, new TestChangeFeed(), Clock.systemUTC(), UnaryOperator.identity());
    }

    /** The https URL of a path on the server, such as {@code /001565aabbcc.cfg}. */
    public String url(String path) {
        return "https://127.0.0.1:" + server.address().getPort() + path;
    }

    public int port() {
        return server.address().getPort();
    }

    public ProvisioningServer server() {
        return server;
    }

    public TestPki pki() {
        return pki;
    }

    public TestConfigFiles files() {
        return files;
    }

    public CollectingRecorder recorder() {
        return recorder;
    }

    public SimpleMeterRegistry registry() {
        return registry;
    }

    @Override
    public void close() {
        server.stop(Duration.ofSeconds(2));
    }
}
