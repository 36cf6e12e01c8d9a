package io.deskprov.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.io.TempDir;

import io.deskprov.provisioning.store.StoreConfigFiles;
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
import io.deskprov.store.sip.SipAccount;
import io.deskprov.store.testing.EngineTest;
import io.deskprov.store.testing.StoreFixtures;
import io.deskprov.store.workplace.Workplace;
import io.deskprov.templates.ProvisioningRenderer;
import io.deskprov.templates.catalog.ModelCatalog;

/**
 * Phones follow the files the real renderer writes, from the store's rows: a Yealink reads its
 * boot file and fetches each included file in order; a Polycom reads its master config and
 * fetches the files it lists.
 */
class RealRenderingTest {
    private static final Pattern INCLUDE = Pattern.compile("include:config \"([^\"]+)\"");
    private static final Pattern CONFIG_FILES = Pattern.compile("CONFIG_FILES=\"([^\"]+)\"");

    @TempDir
    Path directory;

    @EngineTest
    void yealinkFetchesEveryFileItsBootFileIncludes(Database database) throws Exception {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Company company = fixtures.company();
            final Workplace workplace = fixtures.workplace(company);
            final SipAccount account = fixtures.sipAccount(workplace);
            final Device device = fixtures.device(company);
            store.inTransaction(tx -> store.devices().assign(tx, device.id(), workplace.id()));
            final String mac = device.mac().value();
            try (TestServer server = serverOver(store)) {
                final Curl curl = new Curl(directory, server.pki());
                final List<String> login = List.of("--digest", "--user", "prov-" + mac + ":secret-" + mac + "-x",
                                                   "-A", "Yealink SIP-T46U 108.86.0.75 " + mac);

                final Curl.Response boot = get(curl, login, server.url("/" + mac + ".boot"));
                final List<String> included = matches(INCLUDE, boot.text());

                assertThat(boot.status()).isEqualTo(200);
                assertThat(included).containsExactly("y000000000108.cfg", mac + ".cfg");
                final List<String> bodies = new ArrayList<>();
                for (String file : included) {
                    final Curl.Response response = get(curl, login, server.url("/" + file));
                    assertThat(response.status()).as(file).isEqualTo(200);
                    bodies.add(response.text());
                }
                assertThat(bodies.get(1)).contains(account.username(), "sip-secret-" + account.username());
            }
        }
    }

    @EngineTest
    void polycomFetchesTheFilesItsMasterConfigLists(Database database) throws Exception {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Company company = fixtures.company();
            final Workplace workplace = fixtures.workplace(company);
            final SipAccount account = fixtures.sipAccount(workplace);
            final MacAddress mac = new MacAddress("0004f2" + StoreFixtures.uniqueMac().value().substring(6));
            store.inTransaction(tx -> store.devices().create(tx, new NewDevice(
                    mac, Vendor.POLYCOM, "VVX 450", company.id(), workplace.id(), "poly-" + mac,
                    "poly-secret-" + mac)));
            try (TestServer server = serverOver(store)) {
                final Curl curl = new Curl(directory, server.pki());
                final List<String> login = List.of("--digest", "--user", "poly-" + mac + ":poly-secret-" + mac,
                        "-A", "FileTransport PolycomVVX-VVX_450-UA/6.4.6.2009 Type/Application");

                final Curl.Response master = get(curl, login, server.url("/" + mac + ".cfg"));
                final List<String> listed = List.of(matches(CONFIG_FILES, master.text()).get(0).split(",\\s*"));

                assertThat(master.status()).isEqualTo(200);
                assertThat(listed).containsExactly(mac + "-deskprov.cfg");
                final Curl.Response settings = get(curl, login, server.url("/" + listed.get(0)));
                assertThat(settings.status()).isEqualTo(200);
                assertThat(settings.text()).contains("sip-secret-" + account.username());
            }
        }
    }

    private TestServer serverOver(Store store) throws Exception {
        final ProvisioningRenderer renderer = ProvisioningRenderer.builder(ModelCatalog.bundled()).build();
        final StoreConfigFiles files = new StoreConfigFiles(store, renderer, URI.create("https://prov.example.net/"));
        return TestServer.start(directory, new StoreDeviceDirectory(store), files, store.changes(), Clock.systemUTC(),
                                UnaryOperator.identity());
    }

    private static Curl.Response get(Curl curl, List<String> login, String url) throws Exception {
        final List<String> args = new ArrayList<>(login);
        args.add(url);
        return curl.run(args.toArray(new String[0]));
    }

    private static List<String> matches(Pattern pattern, String text) {
        final List<String> found = new ArrayList<>();
        final Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
