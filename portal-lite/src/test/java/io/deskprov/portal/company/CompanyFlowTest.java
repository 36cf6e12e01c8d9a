package io.deskprov.portal.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import io.deskprov.portal.testing.ApiClient;
import io.deskprov.portal.testing.ApiResponse;
import io.deskprov.portal.testing.PortalHarness;
import io.deskprov.portal.testing.ReceivedMail;
import io.deskprov.store.Database;
import io.deskprov.store.account.Role;
import io.deskprov.store.testing.EngineTest;
import io.deskprov.store.testing.StoreFixtures;

class CompanyFlowTest {

    static Map<String, Object> company(String adminEmail) {
        return Map.of("name", "Muster GmbH " + StoreFixtures.unique(),
                      "contractAddress", Map.of("street", "Hauptstr. " + StoreFixtures.unique(), "postalCode", "10115",
                                                "city", "Berlin", "country", "DE"),
                      "contingents", Map.of("WORKPLACE", 2, "MOBILE_CLIENT", 1),
                      "timeZone", "Europe/Berlin", "language", "de", "adminEmail", adminEmail);
    }

    @EngineTest
    void operatorCreatesCompanyWithDefaultGroupAndMailedAdmin(Database database) {
        try (PortalHarness portal = new PortalHarness(database)) {
            final ApiClient operator = portal.operator();
            final String email = "chefin" + StoreFixtures.unique() + "@example.com";

            final ApiResponse created = operator.post("/api/companies", company(email));

            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            final String admin = created.json().path("adminUsername").asText();
            assertThat(admin).startsWith("chefin");
            assertThat(created.json().path("company").path("contingents").path("WORKPLACE").asInt()).isEqualTo(2);
            await().atMost(Duration.ofSeconds(10))
                   .until(() -> portal.mails().stream().anyMatch(m -> m.to().equals(email)));
            final ReceivedMail mail = portal.lastMailTo(email);
            assertThat(mail.subject()).isEqualTo("Ihr deskprov-Zugang ist eingerichtet");
            assertThat(mail.body()).contains("Benutzername: " + admin)
                                   .contains("https://portal.example.com/first-login?username=" + admin);
            assertThat(operator.get("/api/companies").json().findValuesAsText("name"))
                    .contains(created.json().path("company").path("name").asText());
        }
    }

    @EngineTest
    void companyCreationRefusesWrongRoleMissingFieldsAndUnknownMembers(Database database) {
        try (PortalHarness portal = new PortalHarness(database)) {
            final ApiClient operator = portal.operator();
            final ApiClient admin = portal.client();
            admin.login(portal.account(Role.admin(portal.fixtures().company().id())).username(),
                        PortalHarness.PASSWORD);

            final ApiResponse wrongRole = admin.post("/api/companies", company("a@example.com"));
            final ApiResponse noSession = portal.client().post("/api/companies", company("a@example.com"));
            final ApiResponse missing = operator.post("/api/companies", Map.of("name", "X"));
            final ApiResponse unknown = operator.post("/api/companies", "{\"name\":\"X\",\"colour\":\"red\"}");
            final ApiResponse badZone = operator.post("/api/companies", Map.of(
                    "name", "X", "timeZone", "Mars/Olympus", "adminEmail", "a@example.com",
                    "contractAddress", Map.of("street", "a", "postalCode", "1", "city", "b", "country", "DE")));

            assertThat(wrongRole.status()).isEqualTo(403);
            assertThat(wrongRole.code()).isEqualTo("ROLE_FORBIDDEN");
            assertThat(noSession.status()).isEqualTo(401);
            assertThat(noSession.contentType()).isEqualTo("application/problem+json");
            assertThat(missing.status()).isEqualTo(400);
            assertThat(missing.code()).isEqualTo("MISSING_VALUE");
            assertThat(missing.json().path("type").asText()).isEqualTo("urn:deskprov:problem:missing-value");
            assertThat(unknown.status()).isEqualTo(400);
            assertThat(unknown.detail()).isEqualTo("unknown property 'colour'");
            assertThat(badZone.status()).isEqualTo(400);
            assertThat(badZone.detail()).contains("timeZone");
        }
    }
}
