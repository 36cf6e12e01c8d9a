package io.deskprov.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.io.TempDir;

import io.deskprov.provisioning.testing.Curl;
import io.deskprov.provisioning.testing.StorePhones;
import io.deskprov.provisioning.testing.TestConfigFiles;
import io.deskprov.provisioning.testing.TestServer;
import io.deskprov.store.Database;
import io.deskprov.store.Store;
import io.deskprov.store.company.Company;
import io.deskprov.store.device.Device;
import io.deskprov.store.device.MacAddress;
import io.deskprov.store.testing.EngineTest;
import io.deskprov.store.testing.StoreFixtures;

/**
 * A Yealink and a Polycom phone boot against a server backed by the real store, fetching their
 * files in the order the vendors document, with curl and the phones' User-Agents.
 */
class BootSequenceTest {
    @TempDir
    Path directory;

    @EngineTest
    void yealinkBootsFromItsBootFileThenTheIncludedFiles(Database database) throws Exception {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Company company = fixtures.company();
            final Device device = StorePhones.assignedYealink(fixtures, company, fixtures.workplace(company).id());
            final String mac = device.mac().value();
            final List<String> login = StorePhones.yealinkLogin(device);
            try (TestServer server = StorePhones.server(directory, fixtures.store(), new TestConfigFiles(), null)) {
                final Curl curl = new Curl(directory, server.pki());

                // 1. The device boot file, which includes the common file, then the device file.
                final Curl.Response boot = curl.run(login, server.url("/" + mac + ".boot"));
                assertThat(boot.status()).isEqualTo(200);
                assertThat(boot.text()).contains("include:config \"y000000000108.cfg\"", mac + ".cfg");
                // 2. The common file of the T46U family.
                assertThat(curl.run(login, server.url("/y000000000108.cfg")).status()).isEqualTo(200);
                // 3. The device file, with its SIP account.
                final Curl.Response config = curl.run(login, server.url("/" + mac + ".cfg"));
                assertThat(config.status()).isEqualTo(200);
                assertThat(config.text()).contains("account.1.password = sip-" + mac);
                // 4. On the next boot the phone asks with its ETag and gets 304.
                final Curl.Response again = curl.run(login, "-H", "If-None-Match: " + config.header("ETag"),
                                                     server.url("/" + mac + ".cfg"));
                assertThat(again.status()).isEqualTo(304);
                await().atMost(Duration.ofSeconds(10)).until(() -> server.recorder().events().size() >= 4);
            }
        }
    }

    @EngineTest
    void polycomBootsFromItsMasterConfigAndUploadsItsLogsAndOverrides(Database database) throws Exception {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Company company = fixtures.company();
            final MacAddress mac = StorePhones.assignedPolycom(fixtures, company, fixtures.workplace(company).id());
            final List<String> login = StorePhones.polycomLogin(mac);
            final Path firmware = Files.createDirectories(directory.resolve("firmware"));
            Files.write(firmware.resolve("3111-48840-001.sip.ld"), new byte[200_000]);
            try (TestServer server = StorePhones.server(directory, fixtures.store(), new TestConfigFiles(), firmware)) {
                final Curl curl = new Curl(directory, server.pki());

                // 1. The master config named after the MAC (upper case, as some firmware asks).
                final String upperCase = mac.value().toUpperCase(Locale.ROOT);
                assertThat(curl.run(login, server.url("/" + upperCase + ".cfg")).status()).isEqualTo(200);
                // 2. The catalog's application image for its model, which needs no login.
                final Curl.Response image = curl.run("-A", StorePhones.POLYCOM_AGENT,
                                                     server.url("/3111-48840-001.sip.ld"));
                assertThat(image.status()).isEqualTo(200);
                assertThat(image.body()).hasSize(200_000);
                // 3. Its overrides, which it has not uploaded yet.
                assertThat(curl.run(login, server.url("/" + mac + "-phone.cfg")).status()).isEqualTo(404);
                // 4. It uploads its boot log and its overrides.
                final Path log = Files.writeString(directory.resolve("boot.log"), "booted\n");
                assertThat(curl.run(login, "-T", log.toString(), server.url("/" + mac + "-boot.log")).status())
                        .isEqualTo(201);
                final Path overrides = Files.writeString(directory.resolve("phone.cfg"), "<PHONE_CONFIG/>\n");
                assertThat(curl.run(login, "-T", overrides.toString(), server.url("/" + mac + "-phone.cfg"))
                               .status()).isEqualTo(201);
                // 5. The overrides come back as uploaded; the log sits where the server put it.
                assertThat(curl.run(login, server.url("/" + mac + "-phone.cfg")).text())
                        .isEqualTo("<PHONE_CONFIG/>\n");
                assertThat(directory.resolve("data/uploads/" + mac + "/log/boot.log")).hasContent("booted");
                // 6. Its local directory.
                assertThat(curl.run(login, server.url("/" + mac + "-directory.xml")).text())
                        .isEqualTo("<directory/>\n");
            }
        }
    }

    @EngineTest
    void unassignedPhoneIsSightedAndServedOnceAssigned(Database database) throws Exception {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Company company = fixtures.company();
            final Device device = fixtures.device(company);
            final String mac = device.mac().value();
            final List<String> login = StorePhones.yealinkLogin(device);
            try (TestServer server = StorePhones.server(directory, store, new TestConfigFiles(), null)) {
                final Curl curl = new Curl(directory, server.pki());

                // Unassigned: the right password, but nothing to serve; admins see the phone.
                assertThat(curl.run(login, server.url("/" + mac + ".cfg")).status()).isEqualTo(404);
                await().atMost(Duration.ofSeconds(10)).until(() -> !server.recorder().sightings().isEmpty());
                assertThat(server.recorder().sightings().get(0).model()).isEqualTo("T46U");

                // Assigned: the change feed clears the cached answer and the file is served.
                final long workplace = fixtures.workplace(company).id();
                store.inTransaction(tx -> store.devices().assign(tx, device.id(), workplace));
                await().atMost(Duration.ofSeconds(10))
                       .until(() -> curl.run(login, server.url("/" + mac + ".cfg")).status() == 200);
            }
        }
    }
}
