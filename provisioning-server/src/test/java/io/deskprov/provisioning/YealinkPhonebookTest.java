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
import io.deskprov.store.device.Device;
import io.deskprov.store.testing.EngineTest;
import io.deskprov.store.testing.StoreFixtures;
import io.deskprov.store.workplace.Person;
import io.deskprov.store.workplace.Workplace;

/**
 * A Yealink's remote phone book, fetched over TLS from where its config points: the people in
 * service of its own company, never another company's, current after every change, and nothing
 * for a client without the phone's own login.
 */
class YealinkPhonebookTest {
    private static final String URL_KEY = "remote_phonebook.data.1.url = ";

    @TempDir
    Path directory;

    @EngineTest
    void phoneGetsItsOwnCompanysPeopleInServiceAndNoOtherCompanys(Database database) throws Exception {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Company ours = fixtures.company();
            final Company theirs = fixtures.company();
            final Workplace desk = phoneDesk(fixtures, ours);
            inService(fixtures, ours, "Jonas", "Albrecht", "+49301110002");
            inService(fixtures, ours, "Tom & Jerry", "Zeichner <Trick>", "+49301110003");
            ordered(fixtures, ours, "Olaf", "Bestellt", "+49301110004");
            final Workplace gone = inService(fixtures, ours, "Greta", "Geloescht", "+49301110005");
            fixtures.store().inTransaction(tx -> fixtures.store().workplaces().markDeleted(tx, gone.id()));
            final Workplace theirDesk = phoneDesk(fixtures, theirs, "Otto", "Fremd", "+49309990001");
            final Device phone = StorePhones.assignedYealink(fixtures, ours, desk.id());
            final Device theirPhone = StorePhones.assignedYealink(fixtures, theirs, theirDesk.id());
            try (TestServer server = StorePhones.renderingServer(directory, fixtures.store())) {
                final Curl curl = new Curl(directory, server.pki());

                final Curl.Response response = fetchPhonebook(curl, server, phone);
                final Curl.Response theirResponse = fetchPhonebook(curl, server, theirPhone);

                assertThat(response.status()).isEqualTo(200);
                assertThat(response.header("Content-Type")).startsWith("application/xml");
                // By last name: Albrecht, Muster, Zeichner; the names an admin typed are escaped.
                assertThat(response.text()).containsSubsequence(
                        "<YealinkIPPhoneDirectory>",
                        "<Name>Jonas Albrecht</Name>", "<Telephone>+49301110002</Telephone>",
                        "<Name>Erika Muster</Name>", "<Telephone>+49301110001</Telephone>",
                        "<Name>Tom &amp; Jerry Zeichner &lt;Trick&gt;</Name>", "<Telephone>+49301110003</Telephone>");
                assertThat(response.text()).doesNotContain("Bestellt", "Geloescht", "Fremd", "+4930999");
                assertThat(theirResponse.text()).contains("<Name>Otto Fremd</Name>")
                                                .doesNotContain("Muster", "Albrecht", "Zeichner");
            }
        }
    }

    @EngineTest
    void phonebookFollowsEveryChangeOfTheCompanysWorkplaces(Database database) throws Exception {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Company company = fixtures.company();
            final Workplace colleague = inService(fixtures, company, "Jonas", "Albrecht", "+49301110002");
            final Device phone = StorePhones.assignedYealink(fixtures, company, phoneDesk(fixtures, company).id());
            try (TestServer server = StorePhones.renderingServer(directory, store)) {
                final Curl curl = new Curl(directory, server.pki());
                assertThat(fetchPhonebook(curl, server, phone).text()).contains("<Name>Jonas Albrecht</Name>");

                // 1. The colleague is renamed: the change feed drops the cached phone book.
                store.inTransaction(tx -> store.workplaces().updatePerson(tx, colleague.id(), new Person(
                        "Jonas", "Berger", "jonas@example.com", "+49301110003")));
                await().atMost(Duration.ofSeconds(5))
                       .until(() -> fetchPhonebook(curl, server, phone).text().contains("<Name>Jonas Berger</Name>"));
                assertThat(fetchPhonebook(curl, server, phone).text()).doesNotContain("Albrecht", "+49301110002");

                // 2. The colleague's workplace is deleted: the entry goes.
                store.inTransaction(tx -> store.workplaces().markDeleted(tx, colleague.id()));
                await().atMost(Duration.ofSeconds(5))
                       .until(() -> !fetchPhonebook(curl, server, phone).text().contains("Berger"));
            }
        }
    }

    @EngineTest
    void clientWithoutThePhonesOwnLoginGetsNoEntry(Database database) throws Exception {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Company ours = fixtures.company();
            final Company theirs = fixtures.company();
            final Device phone = StorePhones.assignedYealink(fixtures, ours, phoneDesk(fixtures, ours).id());
            final Workplace theirDesk = phoneDesk(fixtures, theirs, "Otto", "Fremd", "+49309990001");
            final Device theirPhone = StorePhones.assignedYealink(fixtures, theirs, theirDesk.id());
            try (TestServer server = StorePhones.renderingServer(directory, fixtures.store())) {
                final Curl curl = new Curl(directory, server.pki());
                final String url = server.url("/" + phone.mac() + "-phonebook.xml");
                final List<String> theirLogin = StorePhones.yealinkLogin(theirPhone);

                final Curl.Response anonymous = curl.run(url);
                final Curl.Response wrongPassword = curl.run("--digest", "--user",
                                                             "prov-" + phone.mac() + ":wrong", url);
                // Another phone's own login: without its User-Agent it is a wrong login for this
                // phone's file; with it, the User-Agent names another MAC than the file's.
                final Curl.Response otherLogin = curl.run(theirLogin.subList(0, 3), url);
                final Curl.Response otherPhone = curl.run(theirLogin, url);
                final Curl.Response upload = curl.run(StorePhones.yealinkLogin(phone), "-X", "PUT",
                                                      "--data-binary", "<YealinkIPPhoneDirectory/>", url);

                assertThat(List.of(anonymous.status(), wrongPassword.status(), otherLogin.status()))
                        .containsOnly(401);
                assertThat(otherPhone.status()).isEqualTo(403);
                assertThat(upload.status()).isEqualTo(405);
                assertThat(List.of(anonymous, wrongPassword, otherLogin, otherPhone))
                        .allSatisfy(refused -> assertThat(refused.text()).doesNotContain("Muster", "+4930"));
            }
        }
    }

    /** Reads the phone book URL from the phone's config, then fetches that file as the phone does. */
    private static Curl.Response fetchPhonebook(Curl curl, TestServer server, Device phone) throws Exception {
        final List<String> login = StorePhones.yealinkLogin(phone);
        final String config = curl.run(login, server.url("/" + phone.mac() + ".cfg")).text();
        final String line = config.lines().filter(l -> l.startsWith(URL_KEY)).findFirst().orElseThrow();
        final String url = line.substring(URL_KEY.length());

        assertThat(url).isEqualTo("https://prov.example.net/" + phone.mac() + "-phonebook.xml");
        return curl.run(login, server.url("/" + url.substring(url.lastIndexOf('/') + 1)));
    }
}
