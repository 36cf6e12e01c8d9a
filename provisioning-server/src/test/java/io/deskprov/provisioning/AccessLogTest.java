package io.deskprov.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import io.deskprov.provisioning.testing.Curl;
import io.deskprov.provisioning.testing.TestDevices;
import io.deskprov.provisioning.testing.TestServer;
import io.deskprov.store.company.DeviceAuthPolicy;
import io.deskprov.store.device.Vendor;

/** The access log as an operator reads it: a line per answer, naming the device, never its secrets. */
class AccessLogTest {
    private static final String MAC = "001565aabb07";
    private static final String UA = "Yealink SIP-T46U 108.86.0.75 00:15:65:aa:bb:07";

    @TempDir
    Path directory;

    private final Logger accessLogger = (Logger) LoggerFactory.getLogger("deskprov.access");
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private TestServer server;
    private Curl curl;

    @BeforeEach
    void start() throws Exception {
        lines.start();
        accessLogger.addAppender(lines);
        final TestDevices devices = new TestDevices();
        devices.add(MAC, Vendor.YEALINK, DeviceAuthPolicy.CERTIFICATE_OR_PASSWORD);
        server = TestServer.start(directory, devices);
        curl = new Curl(directory, server.pki());
    }

    @AfterEach
    void stop() {
        server.close();
        accessLogger.detachAppender(lines);
    }

    @Test
    void everyAnswerGetsOneLineWithDeviceFileAndStatusButNoCredentials() throws Exception {
        curl.run("--basic", "--user", "prov-" + MAC + ":pw-" + MAC, "-A", UA, server.url("/" + MAC + ".cfg"));
        curl.run("--basic", "--user", "prov-" + MAC + ":not-the-password", "-A", UA, server.url("/" + MAC + ".cfg"));
        curl.run("-A", UA, server.url("/%2e%2e/etc/passwd"));

        await().atMost(Duration.ofSeconds(5)).until(() -> messages().size() >= 3);
        final List<String> logged = messages();
        assertThat(logged).hasSize(3);
        assertThat(logged.get(0)).contains("method=GET", "file=" + MAC + ".cfg", "mac=" + MAC, "status=200",
                                           "ua=\"" + UA + "\"");
        assertThat(logged.get(1)).contains("mac=" + MAC, "status=401");
        assertThat(logged.get(2)).contains("mac=-").doesNotContain("status=200");
        assertThat(String.join("\n", logged)).doesNotContain("pw-" + MAC, "not-the-password", "Basic ",
                                                             "sip-" + MAC);
    }

    @Test
    void linesQueuedWhenTheServerStopsAreStillWritten() throws Exception {
        curl.run("--basic", "--user", "prov-" + MAC + ":pw-" + MAC, "-A", UA, server.url("/" + MAC + ".cfg"));

        server.close();

        assertThat(messages()).hasSize(1).first().asString().contains("status=200");
    }

    private List<String> messages() {
        return lines.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }
}
