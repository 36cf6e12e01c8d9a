package io.deskprov.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.deskprov.provisioning.testing.Curl;
import io.deskprov.provisioning.testing.TestChangeFeed;
import io.deskprov.provisioning.testing.TestDevices;
import io.deskprov.provisioning.testing.TestServer;
import io.deskprov.store.company.DeviceAuthPolicy;
import io.deskprov.store.device.Vendor;
import io.deskprov.store.testing.MutableClock;

/** Failed logins from one address lead to 429 for a while, then the address may try again. */
class ThrottlingTest {
    private static final String MAC = "001565eeff01";

    @TempDir
    Path directory;

    private final MutableClock clock = MutableClock.startingAt("2026-03-02T08:00:00Z");
    private TestServer server;
    private Curl curl;

    @BeforeEach
    void start() throws Exception {
        final TestDevices devices = new TestDevices();
        devices.add(MAC, Vendor.YEALINK, DeviceAuthPolicy.PASSWORD_ONLY);
        server = TestServer.start(directory, devices, new TestChangeFeed(), clock,
                                  settings -> settings.failureThreshold(3)
                                                      .failureWindow(Duration.ofMinutes(1))
                                                      .throttleDuration(Duration.ofMinutes(5)));
        curl = new Curl(directory, server.pki());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void addressIsThrottledAfterTheThresholdAndRecoversAfterTheBlock() throws Exception {
        // Three wrong passwords: each a 401, the third starts the block.
        for (int i = 0; i < 3; i++) {
            assertThat(wrongPassword().status()).isEqualTo(401);
        }

        // Now even the right password gets 429 with the time left.
        final Curl.Response throttled = rightPassword();
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.header("Retry-After")).isEqualTo("300");

        // Four minutes later the address still waits, for one more minute.
        clock.advance(Duration.ofMinutes(4));
        assertThat(rightPassword().header("Retry-After")).isEqualTo("60");

        // Once the block is over the right password works again.
        clock.advance(Duration.ofMinutes(1));
        assertThat(rightPassword().status()).isEqualTo(200);
        assertThat(server.registry().get("deskprov.provisioning.throttled.addresses").counter().count())
                .isEqualTo(1.0);
    }

    @Test
    void failuresSpreadBeyondTheWindowDoNotThrottle() throws Exception {
        assertThat(wrongPassword().status()).isEqualTo(401);
        assertThat(wrongPassword().status()).isEqualTo(401);
        clock.advance(Duration.ofMinutes(2));

        assertThat(wrongPassword().status()).isEqualTo(401);
        assertThat(rightPassword().status()).isEqualTo(200);
    }

    @Test
    void challengesWithoutCredentialsAreNotFailures() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(curl.run(server.url("/" + MAC + ".cfg")).status()).isEqualTo(401);
        }

        assertThat(rightPassword().status()).isEqualTo(200);
    }

    private Curl.Response wrongPassword() throws Exception {
        return curl.run("--basic", "--user", "prov-" + MAC + ":wrong", server.url("/" + MAC + ".cfg"));
    }

    private Curl.Response rightPassword() throws Exception {
        return curl.run("--digest", "--user", "prov-" + MAC + ":pw-" + MAC, server.url("/" + MAC + ".cfg"));
    }
}
