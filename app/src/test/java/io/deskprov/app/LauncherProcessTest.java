package io.deskprov.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starts {@code deskprov start} as its own process, as an operator would, and stops it with SIGTERM. */
class LauncherProcessTest {
    private static final Pattern MANAGEMENT = Pattern.compile("management: http://127\\.0\\.0\\.1:(\\d+)/");

    @TempDir
    Path directory;

    @Test
    void sigtermStopsTheServerGracefullyAndItStartsAgainOnTheSameData() throws Exception {
        final Process first = launch("first");
        final int port = awaitReady(first, "first");

        first.destroy();

        assertThat(first.waitFor(30, TimeUnit.SECONDS)).as("stopped within 30 s").isTrue();
        final Matcher password = Pattern.compile("one-time password (\\S+)")
                                        .matcher(Files.readString(directory.resolve("first.out")));
        assertThat(password.find()).as("one-time password printed").isTrue();
        assertThat(Files.readString(directory.resolve("first.err"))).contains("deskprov stopped")
                                                                     .doesNotContain("level=ERROR")
                                                                     .doesNotContain(password.group(1));
        final Process second = launch("second");
        try {
            assertThat(awaitReady(second, "second")).isPositive();
            assertThat(Files.readString(directory.resolve("second.err")))
                    .contains("Database schema migrated: engine=H2 applied=0");
        } finally {
            second.destroy();
            second.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(port).isPositive();
    }

    private final int sipPort = FreePorts.udpAndTcp();
    private final int sipTlsPort = FreePorts.udpAndTcp();

    private Process launch(String name) throws IOException {
        final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // The production logging configuration, not the tests' one that the class path also holds.
        return new ProcessBuilder(java, "-Dlogback.configurationFile=logback.xml",
                                  "-cp", System.getProperty("java.class.path"), "io.deskprov.app.cli.Main",
                                  "start", "--set=data.dir=" + directory.resolve("data"), "--set=management.port=0",
                                  "--set=sip.bind-address=127.0.0.1", "--set=sip.udp-port=" + sipPort,
                                  "--set=sip.tcp-port=" + sipPort, "--set=sip.tls-port=" + sipTlsPort,
                                  "--set=provisioning.https-port=0", "--set=portal.port=0")
                .redirectOutput(directory.resolve(name + ".out").toFile())
                .redirectError(directory.resolve(name + ".err").toFile())
                .start();
    }

    private int awaitReady(Process process, String name) {
        final int[] port = new int[1];
        // A loaded machine may answer a probe late; a slow answer is retried, a dead process is not.
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
               .ignoreExceptionsInstanceOf(HttpTimeoutException.class).until(() -> {
            if (!process.isAlive()) {
                final String log = Files.readString(directory.resolve(name + ".err"));
                throw new AssertionError("deskprov exited early: " + log);
            }
            final Matcher matcher = MANAGEMENT.matcher(Files.readString(directory.resolve(name + ".out")));
            if (!matcher.find()) {
                return false;
            }
            port[0] = Integer.parseInt(matcher.group(1));
            return readyz(port[0]) == 200;
        });
        return port[0];
    }

    private static int readyz(int port) throws IOException, InterruptedException {
        final HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/readyz"))
                                               .timeout(Duration.ofSeconds(5)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

}
