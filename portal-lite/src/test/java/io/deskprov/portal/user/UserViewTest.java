package io.deskprov.portal.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.deskprov.portal.testing.ApiClient;
import io.deskprov.portal.testing.PortalHarness;
import io.deskprov.portal.testing.StaffedWorkplace;
import io.deskprov.store.Database;
import io.deskprov.store.Store;
import io.deskprov.store.company.Company;
import io.deskprov.store.device.Device;
import io.deskprov.store.event.ProvisioningEvent;
import io.deskprov.store.registration.BindingWrite;
import io.deskprov.store.registration.Transport;
import io.deskprov.store.testing.EngineTest;
import io.deskprov.store.workplace.Profile;

class UserViewTest {

    @EngineTest
    void userSeesOwnMasterDataPhonesAndTheirSetupData(Database database) {
        try (PortalHarness portal = new PortalHarness(database)) {
            final Company company = portal.fixtures().company();
            final StaffedWorkplace staffed = StaffedWorkplace.in(portal, company);
            final ApiClient user = login(portal, staffed);
            final String mac = staffed.device().mac().value();

            final JsonNode overview = user.get("/api/me").json();
            final JsonNode settings = user.get("/api/me/settings").json();

            assertThat(overview.path("phoneNumber").asText()).isEqualTo(staffed.workplace().person().phoneNumber());
            assertThat(overview.path("email").asText()).isEqualTo(staffed.workplace().person().email());
            assertThat(overview.path("devices").findValuesAsText("mac")).containsExactly(mac);
            assertThat(settings.path("deskPhones").path(0).path("provisioningUrl").asText())
                    .isEqualTo("https://localhost:8444/");
            assertThat(settings.path("deskPhones").path(0).path("username").asText()).isEqualTo("prov-" + mac);
            assertThat(settings.path("deskPhones").path(0).path("secret").asText()).isEqualTo("secret-" + mac + "-x");
            assertThat(settings.path("sip").path(0).path("secret").asText())
                    .isEqualTo("sip-secret-" + staffed.sip().username());
            assertThat(settings.path("sip").path(0).path("domain").asText()).isEqualTo("pbx.example.com");
            assertThat(settings.path("status").isNull()).isTrue();
            assertThat(portal.admin(company).get("/api/me").status()).isEqualTo(403);
            assertThat(portal.auditActions(company)).contains("user.settings.view");
        }
    }

    @EngineTest
    void universalBaseHidesSipDataInTheStandardViewOnly(Database database) {
        try (PortalHarness portal = new PortalHarness(database)) {
            final StaffedWorkplace staffed = StaffedWorkplace.in(portal, portal.fixtures().company(),
                                                                 Profile.UNIVERSAL_BASE);
            final ApiClient user = login(portal, staffed);

            final JsonNode standard = user.get("/api/me/settings").json();
            final JsonNode expert = user.get("/api/me/settings/expert").json();

            assertThat(standard.path("sip").isNull()).isTrue();
            assertThat(standard.path("deskPhones")).hasSize(1);
            assertThat(expert.path("sip").path(0).path("username").asText()).isEqualTo(staffed.sip().username());
        }
    }

    @EngineTest
    void expertViewShowsTheBindingTheRegistrarWroteAndTheLastFetch(Database database) {
        try (PortalHarness portal = new PortalHarness(database)) {
            final Store store = portal.store();
            final Company company = portal.fixtures().company();
            final StaffedWorkplace staffed = StaffedWorkplace.in(portal, company);
            final Device silent = portal.fixtures().device(company);
            store.inTransaction(tx -> store.devices().assign(tx, silent.id(), staffed.workplace().id()));
            final Instant now = portal.clock().instant();
            final String contact = "sip:" + staffed.sip().username() + "@192.0.2.20:5061;transport=tls";
            final String agent = "Yealink SIP-T46U 108.86.0.90 " + colons(staffed.device().mac().value());
            // What the registrar's write-behind and prober store for a REGISTER and an answered OPTIONS.
            store.inTransaction(tx -> {
                store.bindings().upsertAll(tx, List.of(new BindingWrite(
                        staffed.sip().id(), contact, "call-1", 1, null, Transport.TLS, "192.0.2.20:5061", agent,
                        now, now.plus(Duration.ofHours(1)))));
                store.bindings().recordProbe(tx, staffed.sip().id(), contact, true, 12, now);
                store.provisioningEvents().appendAll(tx, List.of(new ProvisioningEvent(
                        staffed.device().id(), staffed.device().mac(), now, "GET", "y000000000108.cfg", 200, 900, 800,
                        "192.0.2.20", agent)));
            });
            final ApiClient user = login(portal, staffed);

            final JsonNode status = user.get("/api/me/settings/expert").json().path("status");

            final JsonNode registered = find(status, staffed.device().id());
            assertThat(registered.path("registered").asBoolean()).isTrue();
            final JsonNode binding = registered.path("contacts").path(0);
            assertThat(binding.path("aor").asText()).isEqualTo(staffed.sip().aor());
            assertThat(binding.path("contactUri").asText()).isEqualTo(contact);
            assertThat(binding.path("transport").asText()).isEqualTo("TLS");
            assertThat(binding.path("source").asText()).isEqualTo("192.0.2.20:5061");
            assertThat(binding.path("agent").path("model").asText()).isEqualTo("T46U");
            assertThat(binding.path("agent").path("firmware").asText()).isEqualTo("108.86.0.90");
            assertThat(binding.path("reachable").asBoolean()).isTrue();
            assertThat(binding.path("roundTripMs").asInt()).isEqualTo(12);
            assertThat(Instant.parse(binding.path("registeredSince").asText())).isEqualTo(now);
            assertThat(Instant.parse(binding.path("expiresAt").asText())).isEqualTo(now.plus(Duration.ofHours(1)));
            assertThat(Instant.parse(registered.path("lastConfigFetch").asText())).isEqualTo(now);
            assertThat(registered.path("lastFetchedFile").asText()).isEqualTo("y000000000108.cfg");
            // The binding's User-Agent names the other phone's MAC, so this one is not registered.
            final JsonNode quiet = find(status, silent.id());
            assertThat(quiet.path("registered").asBoolean()).isFalse();
            assertThat(quiet.path("contacts")).isEmpty();
            assertThat(quiet.path("lastConfigFetch").isNull()).isTrue();
        }
    }

    private static ApiClient login(PortalHarness portal, StaffedWorkplace staffed) {
        final ApiClient user = portal.client();
        user.login(staffed.user().username(), PortalHarness.PASSWORD);
        return user;
    }

    private static JsonNode find(JsonNode statuses, long deviceId) {
        for (JsonNode status : statuses) {
            if (status.path("deviceId").asLong() == deviceId) {
                return status;
            }
        }
        throw new AssertionError("no status of device " + deviceId + " in " + statuses);
    }

    private static String colons(String mac) {
        return String.join(":", mac.split("(?<=\\G..)"));
    }
}
