package io.deskprov.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.io.TempDir;

import io.deskprov.provisioning.testing.Curl;
import io.deskprov.provisioning.testing.StorePhones;
import io.deskprov.provisioning.testing.TestConfigFiles;
import io.deskprov.provisioning.testing.TestServer;
import io.deskprov.store.Database;
import io.deskprov.store.company.Company;
import io.deskprov.store.device.Device;
import io.deskprov.store.testing.EngineTest;
import io.deskprov.store.testing.StoreFixtures;
import io.deskprov.store.workplace.Workplace;

/**
 * Two nodes on one database share the failed-login counts: guesses spread over both are throttled
 * as soon as the same guesses at one node would be.
 */
class SharedThrottlingTest {
    private static final UnaryOperator<ProvisioningServerSettings.Builder> THREE_TRIES =
            settings -> settings.failureThreshold(3)
                                .failureWindow(Duration.ofMinutes(1))
                                .throttleDuration(Duration.ofMinutes(5));

    @TempDir
    Path directory;

    @EngineTest
    void guessesSpreadOverTwoNodesAreThrottledAsAtOne(Database database) throws Exception {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Company company = fixtures.company();
            final Workplace desk = fixtures.workplace(company);
            final Device phone = StorePhones.assignedYealink(fixtures, company, desk.id());
            try (TestServer first = node(fixtures, "first");
                 TestServer second = node(fixtures, "second")) {
                final Curl curl = new Curl(directory, first.pki());
                final Curl curlSecond = new Curl(directory, second.pki());

                // Two wrong guesses at the first node, one at the second: three in all.
                assertThat(guess(curl, first, phone).status()).isEqualTo(401);
                assertThat(guess(curl, first, phone).status()).isEqualTo(401);
                assertThat(guess(curlSecond, second, phone).status()).isEqualTo(401);

                // The second node refuses the address, even with the right password.
                await().atMost(Duration.ofSeconds(5)).until(
                        () -> login(curlSecond, second, phone).status() == 429);
                final Curl.Response refused = login(curlSecond, second, phone);
                assertThat(refused.header("Retry-After")).isNotNull();
                assertThat(second.registry().get("deskprov.provisioning.throttled.addresses").counter().count())
                        .isEqualTo(1.0);
                // The first node has seen two failures only: the right password still works there.
                assertThat(login(curl, first, phone).status()).isEqualTo(200);
            }
        }
    }

    private TestServer node(StoreFixtures fixtures, String name) throws Exception {
        final Path home = Files.createDirectories(directory.resolve(name));
        return StorePhones.serverTuned(home, fixtures.store(), new TestConfigFiles(), THREE_TRIES);
    }

    private static Curl.Response guess(Curl curl, TestServer node, Device phone) throws Exception {
        final List<String> login = StorePhones.yealinkLogin(phone);
        final String mac = phone.mac().value();
        return curl.run(List.of("--digest", "--user", "prov-" + mac + ":not-the-password", "-A", login.get(3)),
                        node.url("/" + mac + ".cfg"));
    }

    private static Curl.Response login(Curl curl, TestServer node, Device phone) throws Exception {
        return curl.run(StorePhones.yealinkLogin(phone), node.url("/" + phone.mac().value() + ".cfg"));
    }
}
