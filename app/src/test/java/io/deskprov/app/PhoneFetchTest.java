package io.deskprov.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.deskprov.app.config.Configuration;
import io.deskprov.store.Store;
import io.deskprov.store.company.Address;
import io.deskprov.store.company.Company;
import io.deskprov.store.company.NewCompany;
import io.deskprov.store.device.MacAddress;
import io.deskprov.store.device.NewDevice;
import io.deskprov.store.device.Vendor;
import io.deskprov.store.sip.NewSipAccount;
import io.deskprov.store.workplace.NewWorkplace;
import io.deskprov.store.workplace.Person;
import io.deskprov.store.workplace.Profile;
import io.deskprov.store.workplace.Workplace;

/** A phone fetches its configuration from a node started as an operator would start it. */
class PhoneFetchTest {
    private static final String MAC = "001565a1b2c3";
    private static final String USER_AGENT = "Yealink SIP-T46U 108.86.0.75 00:15:65:a1:b2:c3";

    @TempDir
    Path dataDir;

    @Test
    void assignedPhoneGetsItsSipAccountOverHttpsAndAStrangerGetsNothing() throws Exception {
        final Configuration config = Configuration.load(null, Map.of(), List.of(
                "data.dir=" + dataDir, "management.enabled=false", "sip.enabled=false",
                "provisioning.host=127.0.0.1", "provisioning.https-port=0", "portal.enabled=false"));
        try (Node node = Node.start(config, Clock.systemUTC(), new PrintStream(OutputStream.nullOutputStream()))) {
            assignedPhone(node.store());
            final HttpClient client = HttpClient.newBuilder()
                                                .sslContext(TlsProbe.trusting(node.pki().caCertificate().orElseThrow()))
                                                .build();
            final int port = node.provisioning().orElseThrow().address().getPort();

            final HttpResponse<String> phone = fetch(client, port, "prov-" + MAC, "provisioning-secret-1");
            final HttpResponse<String> stranger = fetch(client, port, "prov-" + MAC, "wrong-password-1");

            assertThat(phone.statusCode()).isEqualTo(200);
            assertThat(phone.body()).startsWith("#!version:1.0.0.1")
                                    .contains("account.1.user_name = 4930123456")
                                    .contains("account.1.password = sip-secret-value-1");
            assertThat(stranger.statusCode()).isEqualTo(401);
            assertThat(stranger.body()).doesNotContain("sip-secret-value-1");
        }
    }

    private static HttpResponse<String> fetch(HttpClient client, int port, String user, String password)
            throws Exception {
        final String basic = Base64.getEncoder()
                                   .encodeToString((user + ':' + password).getBytes(StandardCharsets.UTF_8));
        final HttpRequest request = HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port + "/" + MAC + ".cfg"))
                                               .header("User-Agent", USER_AGENT)
                                               .header("Authorization", "Basic " + basic)
                                               .timeout(Duration.ofSeconds(20))
                                               .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void assignedPhone(Store store) {
        store.inTransaction(tx -> {
            final Company company = store.companies().create(tx, new NewCompany(
                    "Fetch GmbH", new Address("Weg 1", "10115", "Berlin", "DE"), Map.of(), "Europe/Berlin", "de"));
            final long group = store.groups().listForCompany(tx, company.id()).get(0).id();
            final Workplace workplace = store.workplaces().createActive(tx, new NewWorkplace(
                    company.id(), group, new Person("Erika", "Muster", "erika@example.com", "+4930123456"),
                    Profile.STANDARD), Clock.systemUTC().instant());
            store.sipAccounts().create(tx, new NewSipAccount(workplace.id(), "4930123456", "4930123456",
                                                             "sip.example.net", "Erika Muster", "sip-secret-value-1"));
            store.devices().create(tx, new NewDevice(MacAddress.parse(MAC), Vendor.YEALINK, "T46U", company.id(),
                                                     workplace.id(), "prov-" + MAC, "provisioning-secret-1"));
        });
    }
}
