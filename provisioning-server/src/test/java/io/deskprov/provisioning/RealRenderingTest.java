package io.deskprov.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.io.TempDir;

import io.deskprov.provisioning.testing.Curl;
import io.deskprov.provisioning.testing.StorePhones;
import io.deskprov.provisioning.testing.TestServer;
import io.deskprov.store.Database;
import io.deskprov.store.Store;
import io.deskprov.store.company.Company;
import io.deskprov.store.device.Device;
import io.deskprov.store.device.MacAddress;
import io.deskprov.store.sip.SipAccount;
import io.deskprov.store.testing.EngineTest;
import io.deskprov.store.testing.StoreFixtures;
import io.deskprov.store.workplace.Workplace;

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
            final Company company = fixtures.company();
            final Workplace workplace = fixtures.workplace(company);
            final SipAccount account = fixtures.sipAccount(workplace);
            final Device device = StorePhones.assignedYealink(fixtures, company, workplace.id());
            final String mac = device.mac().value();
            final List<String> login = StorePhones.yealinkLogin(device);
            try (TestServer server = serverOver(fixtures.store())) {
                final Curl curl = new Curl(directory, server.pki());

                final Curl.Response boot = curl.run(login, server.url("/" + mac + ".boot"));
                final List<String> included = matches(INCLUDE, boot.text());

                assertThat(boot.status()).isEqualTo(200);
                assertThat(included).containsExactly("y000000000108.cfg", mac + ".cfg");
                final List<String> bodies = new ArrayList<>();
                for (String file : included) {
                    final Curl.Response response = curl.run(login, server.url("/" + file));
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
            final Company company = fixtures.company();
            final Workplace workplace = fixtures.workplace(company);
            final SipAccount account = fixtures.sipAccount(workplace);
            final MacAddress mac = StorePhones.assignedPolycom(fixtures, company, workplace.id());
            final List<String> login = StorePhones.polycomLogin(mac);
            try (TestServer server = serverOver(fixtures.store())) {
                final Curl curl = new Curl(directory, server.pki());

                final Curl.Response master = curl.run(login, server.url("/" + mac + ".cfg"));
                final List<String> listed = List.of(matches(CONFIG_FILES, master.text()).get(0).split(",\\s*"));

                assertThat(master.status()).isEqualTo(200);
                assertThat(listed).containsExactly(mac + "-deskprov.cfg");
                final Curl.Response settings = curl.run(login, server.url("/" + listed.get(0)));
                assertThat(settings.status()).isEqualTo(200);
                assertThat(settings.text()).contains("sip-secret-" + account.username());
            }
        }
    }

    private TestServer serverOver(Store store) throws Exception {
        return StorePhones.renderingServer(directory, store);
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
