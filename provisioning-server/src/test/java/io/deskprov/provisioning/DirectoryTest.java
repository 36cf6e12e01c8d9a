package io.deskprov.provisioning;

import static io.deskprov.provisioning.testing.StoreWorkplaces.inService;
import static io.deskprov.provisioning.testing.StoreWorkplaces.ordered;
import static io.deskprov.provisioning.testing.StoreWorkplaces.phoneDesk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;

import io.deskprov.provisioning.testing.Curl;
import io.deskprov.provisioning.testing.StorePhones;
import io.deskprov.provisioning.testing.TestServer;
import io.deskprov.store.Database;
import io.deskprov.store.Store;
import io.deskprov.store.company.Company;
import io.deskprov.store.device.MacAddress;
import io.deskprov.store.testing.EngineTest;
import io.deskprov.store.testing.StoreFixtures;
import io.deskprov.store.workplace.Person;
import io.deskprov.store.workplace.Workplace;

/**
 * A Polycom's contact directory, fetched over TLS as the phone does: the workplaces of its own
 * company with name and number, never another company's, and current after every change.
 */
class DirectoryTest {
    @TempDir
    Path directory;

    @EngineTest
    void phoneGetsItsOwnCompanysWorkplacesAndNoOtherCompanys(Database database) throws Exception {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Company ours = fixtures.company();
            final Company theirs = fixtures.company();
            final Workplace desk = phoneDesk(fixtures, ours);
            inService(fixtures, ours, "Jonas", "Albrecht", "+49301110002");
            inService(fixtures, theirs, "Otto", "Fremd", "+49309990001");
            final Workplace theirDesk = phoneDesk(fixtures, theirs, "Lena", "Anders", "+49309990002");
            final MacAddress mac = StorePhones.assignedPolycom(fixtures, ours, desk.id());
            final MacAddress theirMac = StorePhones.assignedPolycom(fixtures, theirs, theirDesk.id());
            try (TestServer server = serverOver(fixtures.store())) {
                final Curl curl = new Curl(directory, server.pki());

                final Curl.Response response = curl.run(StorePhones.polycomLogin(mac),
                                                        server.url("/" + mac + "-directory.xml"));
                final Curl.Response theirResponse = curl.run(StorePhones.polycomLogin(theirMac),
                                                             server.url("/" + theirMac + "-directory.xml"));

                assertThat(response.status()).isEqualTo(200);
                assertThat(response.header("Content-Type")).startsWith("application/xml");
                // By last name: Albrecht before Muster.
                assertThat(response.text()).containsSubsequence(
                        "<fn>Jonas</fn>", "<ln>Albrecht</ln>", "<ct>+49301110002</ct>",
                        "<fn>Erika</fn>", "<ln>Muster</ln>", "<ct>+49301110001</ct>");
                assertThat(response.text()).doesNotContain("Fremd", "Anders", "+4930999");
                assertThat(theirResponse.text()).contains("Fremd", "Anders").doesNotContain("Muster", "Albrecht");
            }
        }
    }

    @EngineTest
    void directoryFollowsEveryChangeOfTheCompanysWorkplaces(Database database) throws Exception {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Company company = fixtures.company();
            final Workplace desk = phoneDesk(fixtures, company);
            final Workplace colleague = inService(fixtures, company, "Jonas", "Albrecht", "+49301110002");
            final MacAddress mac = StorePhones.assignedPolycom(fixtures, company, desk.id());
            try (TestServer server = serverOver(store)) {
                final Curl curl = new Curl(directory, server.pki());
                final List<String> login = StorePhones.polycomLogin(mac);
                final String url = server.url("/" + mac + "-directory.xml");
                assertThat(curl.run(login, url).text()).contains("Albrecht");

                // 1. A colleague changes name and number: the cached directory is dropped.
                store.inTransaction(tx -> store.workplaces().updatePerson(tx, colleague.id(), new Person(
                        "Jonas", "Berger", "jonas@example.com", "+49301110003")));
                await().atMost(Duration.ofSeconds(5)).until(() -> curl.run(login, url).text().contains("Berger"));
                assertThat(curl.run(login, url).text()).doesNotContain("Albrecht", "+49301110002");

                // 2. A new workplace in service appears; one only ordered does not.
                inService(fixtures, company, "Nora", "Neu", "+49301110004");
                ordered(fixtures, company, "Olaf", "Bestellt", "+49301110005");
                await().atMost(Duration.ofSeconds(5)).until(() -> curl.run(login, url).text().contains("Neu"));
                assertThat(curl.run(login, url).text()).doesNotContain("Bestellt");

                // 3. A deleted workplace goes.
                store.inTransaction(tx -> store.workplaces().markDeleted(tx, colleague.id()));
                await().atMost(Duration.ofSeconds(5)).until(() -> !curl.run(login, url).text().contains("Berger"));
            }
        }
    }

    @EngineTest
    void siteDirectoryOfAPhoneThatNamesItselfIsItsCompanyDirectory(Database database) throws Exception {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Company ours = fixtures.company();
            final Workplace desk = phoneDesk(fixtures, ours);
            inService(fixtures, fixtures.company(), "Otto", "Fremd", "+49309990001");
            final MacAddress mac = StorePhones.assignedPolycom(fixtures, ours, desk.id());
            try (TestServer server = serverOver(fixtures.store())) {
                final Curl curl = new Curl(directory, server.pki());
                // With device.prov.tagSerialNo the phone appends its MAC to the User-Agent.
                final String agent = StorePhones.POLYCOM_AGENT + ' ' + mac;

                final Curl.Response site = curl.run("--digest", "--user", "poly-" + mac + ":poly-secret-" + mac,
                                                    "-A", agent, server.url("/000000000000-directory.xml"));

                assertThat(site.status()).isEqualTo(200);
                assertThat(site.text()).contains("<ln>Muster</ln>").doesNotContain("Fremd");
            }
        }
    }

    private TestServer serverOver(Store store) throws Exception {
        return StorePhones.renderingServer(directory, store);
    }
}
