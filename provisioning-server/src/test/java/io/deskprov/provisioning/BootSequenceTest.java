package io.deskprov.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.io.TempDir;

import io.deskprov.provisioning.store.StoreDeviceDirectory;
import io.deskprov.provisioning.testing.Curl;
import io.deskprov.provisioning.testing.TestServer;
import io.deskprov.store.Database;
import io.deskprov.store.Store;
import io.deskprov.store.company.Company;
import io.deskprov.store.device.Device;
import io.deskprov.store.device.MacAddress;
import io.deskprov.store.device.NewDevice;
import io.deskprov.store.device.Vendor;
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
            final Store store = fixtures.store();
            final Company company = fixtures.company();
            final Device device = fixtures.device(company);
            final long workplace = fixtures.workplace(company).id();
            store.inTransaction(tx -> store.devices().assign(tx, device.id(), workplace));
            final String mac = device.mac().value();
            final String ua = "Yealink SIP-T46U 108.86.0.75 " + colons(mac);
            try (TestServer server = serverOver(store)) {
                final Curl curl = new Curl(directory, server.pki());
                final String[] login = {"--digest", "--user", "prov-" + mac + ":secret-" + mac + "-x", "-A", ua};

                // 1. The device boot file, which includes the common file, then the device file.
                final Curl.Response boot = curl.run(with(login, server.url("/" + mac + ".boot")));
                assertThat(boot.status()).isEqualTo(200);
                assertThat(boot.text()).contains("include:config \"y000000000108.cfg\"", mac + ".cfg");
                // 2. The common file of the T46U family.
                assertThat(curl.run(with(login, server.url("/y000000000108.cfg"))).status()).isEqualTo(200);
                // 3. The device file, with its SIP account.
                final Curl.Response config = curl.run(with(login, server.url("/" + mac + ".cfg")));
                assertThat(config.status()).isEqualTo(200);
                assertThat(config.text()).contains("account.1.password = sip-" + mac);
                // 4. On the next boot the phone asks with its ETag and gets 304.
                final Curl.Response again = curl.run(with(login, "-H", "If-None-Match: " + config.header("ETag"),
                                                          server.url("/" + mac + ".cfg")));
                assertThat(again.status()).isEqualTo(304);
                await().atMost(Duration.ofSeconds(10))
                       .until(() -> server.recorder().events().size() >= 4);
            }
        }
    }

    @EngineTest
    void polycomBootsFromItsMasterConfigAndUploadsItsLogsAndOverrides(Database database) throws Exception {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Company company = fixtures.company();
            final long workplace = fixtures.workplace(company).id();
            final MacAddress mac = new MacAddress("0004f2" + StoreFixtures.uniqueMac().value().substring(6));
            store.inTransaction(tx -> store.devices().create(tx, new NewDevice(
                    mac, Vendor.POLYCOM, "VVX 450", company.id(), workplace, "poly-" + mac, "poly-secret-" + mac)));
            final String ua = "FileTransport PolycomVVX-VVX_450-UA/6.4.6.2009 Type/Application";
            final Path firmware = Files.createDirectories(directory.resolve("firmware"));
            Files.write(firmware.resolve("3111-48450-001.sip.ld"), new byte[200_000]);
            try (TestServer server = serverOver(store, firmware)) {
                final Curl curl = new Curl(directory, server.pki());
                final String[] login = {"--digest", "--user", "poly-" + mac + ":poly-secret-" + mac, "-A", ua};

                // 1. The master config named after the MAC (upper case, as some firmware asks).
                final String upperCase = mac.value().toUpperCase(Locale.ROOT);
                final Curl.Response master = curl.run(with(login, server.url("/" + upperCase + ".cfg")));
                assertThat(master.status()).isEqualTo(200);
                // 2. The application image, which needs no login.
                final Curl.Response image = curl.run("-A", ua, server.url("/3111-48450-001.sip.ld"));
                assertThat(image.status()).isEqualTo(200);
                assertThat(image.body()).hasSize(200_000);
                // 3. Its overrides, which it has not uploaded yet.
                assertThat(curl.run(with(login, server.url("/" + mac + "-phone.cfg"))).status()).isEqualTo(404);
                // 4. It uploads its boot log and its overrides.
                final Path log = Files.writeString(directory.resolve("boot.log"), "booted\n");
                assertThat(curl.run(with(login, "-T", log.toString(), server.url("/" + mac + "-boot.log"))).status())
                        .isEqualTo(201);
                final Path overrides = Files.writeString(directory.resolve("phone.cfg"), "<PHONE_CONFIG/>\n");
                assertThat(curl.run(with(login, "-T", overrides.toString(), server.url("/" + mac + "-phone.cfg")))
                                   .status()).isEqualTo(201);
                // 5. The overrides come back as uploaded; the log sits where the server put it.
                assertThat(curl.run(with(login, server.url("/" + mac + "-phone.cfg"))).text())
                        .isEqualTo("<PHONE_CONFIG/>\n");
                assertThat(directory.resolve("data/uploads/" + mac + "/log/boot.log")).hasContent("booted");
                // 6. Its local directory.
                assertThat(curl.run(with(login, server.url("/" + mac + "-directory.xml"))).text())
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
            try (TestServer server = serverOver(store)) {
                final Curl curl = new Curl(directory, server.pki());
                final String[] login = {"--digest", "--user", "prov-" + mac + ":secret-" + mac + "-x",
                                        "-A", "Yealink SIP-T46U 108.86.0.75 " + mac};

                // Unassigned: the right password, but nothing to serve; admins see the phone.
                assertThat(curl.run(with(login, server.url("/" + mac + ".cfg"))).status()).isEqualTo(404);
                await().atMost(Duration.ofSeconds(10)).until(() -> !server.recorder().sightings().isEmpty());
                assertThat(server.recorder().sightings().get(0).model()).isEqualTo("T46U");

                // Assigned: the change feed clears the cached answer and the file is served.
                final long workplace = fixtures.workplace(company).id();
                store.inTransaction(tx -> store.devices().assign(tx, device.id(), workplace));
                await().atMost(Duration.ofSeconds(10))
                       .until(() -> curl.run(with(login, server.url("/" + mac + ".cfg"))).status() == 200);
            }
        }
    }

    private TestServer serverOver(Store store) throws Exception {
        return serverOver(store, null);
    }

    private TestServer serverOver(Store store, Path firmware) throws Exception {
        return TestServer.start(directory, new StoreDeviceDirectory(store), store.changes(), Clock.systemUTC(),
                                settings -> settings.firmwareDirectory(firmware));
    }

    private static String[] with(String[] login, String... more) {
        final String[] all = new String[login.length + more.length];
        System.arraycopy(login, 0, all, 0, login.length);
        System.arraycopy(more, 0, all, login.length, more.length);
        return all;
    }

    private static String colons(String mac) {
        return mac.replaceAll("(..)(?!$)", "$1:");
    }
}
