package io.deskprov.portal.workplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;

import io.deskprov.portal.testing.ApiClient;
import io.deskprov.portal.testing.ApiResponse;
import io.deskprov.portal.testing.OrderForms;
import io.deskprov.portal.testing.PortalHarness;
import io.deskprov.portal.testing.StaffedWorkplace;
import io.deskprov.store.Database;
import io.deskprov.store.audit.AuditEntry;
import io.deskprov.store.changes.Change;
import io.deskprov.store.company.Company;
import io.deskprov.store.testing.EngineTest;
import io.deskprov.store.testing.StoreFixtures;

class PersonChangeTest {

    @EngineTest
    void correctedNameAndNumberReachTheSipAccountAndThePhones(Database database) {
        try (PortalHarness portal = new PortalHarness(database)) {
            final Company company = portal.fixtures().company();
            final ApiClient admin = portal.admin(company);
            final long workplace = orderedWorkplace(portal, admin, company);
            final String path = "/api/workplaces/" + workplace;
            final String email = admin.get(path).json().path("person").path("email").asText();
            final String number = "+4940" + (10_000_000 + StoreFixtures.unique() % 90_000_000);
            final List<Change> heard = new CopyOnWriteArrayList<>();
            portal.store().changes().subscribe(heard::add);

            final ApiResponse changed = admin.put(path + "/person",
                                                  Map.of("lastName", "Schmidt", "phoneNumber", number));

            assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
            assertThat(changed.json().path("lastName").asText()).isEqualTo("Schmidt");
            assertThat(changed.json().path("email").asText()).isEqualTo(email);
            final JsonNode after = admin.get(path).json();
            assertThat(after.path("person").path("phoneNumber").asText()).isEqualTo(number);
            final JsonNode sip = after.path("sipAccounts").path(0);
            assertThat(sip.path("username").asText()).isEqualTo(number.substring(1));
            assertThat(sip.path("displayName").asText()).isEqualTo("Erika Schmidt");
            // The registrar hears this and tells the workplace's phones to check their configuration.
            await().until(() -> heard.contains(Change.workplace(workplace)));
            assertThat(audit(portal, company)).filteredOn(e -> e.action().equals("workplace.person.change"))
                    .singleElement().extracting(AuditEntry::details).isEqualTo("changed [lastName, phoneNumber]");
        }
    }

    @EngineTest
    void groupNumberOfAnotherAccountAndBadValuesAreRefusedAndChangeNothing(Database database) {
        try (PortalHarness portal = new PortalHarness(database)) {
            final Company company = portal.fixtures().company();
            final ApiClient admin = portal.admin(company);
            final long workplace = orderedWorkplace(portal, admin, company);
            final long colleague = orderedWorkplace(portal, admin, company);
            final String path = "/api/workplaces/" + workplace + "/person";
            final String takenNumber = admin.get("/api/workplaces/" + colleague).json()
                                            .path("person").path("phoneNumber").asText();
            final long otherGroup = portal.fixtures().defaultGroup(portal.fixtures().company()).id();
            final StaffedWorkplace foreign = StaffedWorkplace.in(portal, portal.fixtures().company());
            final JsonNode before = admin.get("/api/workplaces/" + workplace).json();

            final ApiResponse moved = admin.put(path, Map.of("groupId", otherGroup, "lastName", "Schmidt"));
            final ApiResponse taken = admin.put(path, Map.of("lastName", "Schmidt", "phoneNumber", takenNumber));
            final ApiResponse malformed = admin.put(path, Map.of("phoneNumber", "030 1234567"));
            final ApiResponse elsewhere = admin.put("/api/workplaces/" + foreign.workplace().id() + "/person",
                                                    Map.of("lastName", "Schmidt"));

            assertThat(moved.code()).isEqualTo("WORKPLACE_GROUP_FIXED");
            assertThat(taken.status()).isEqualTo(409);
            assertThat(taken.code()).isEqualTo("PHONE_NUMBER_TAKEN");
            assertThat(malformed.status()).isEqualTo(400);
            assertThat(malformed.detail()).contains("phoneNumber");
            assertThat(elsewhere.status()).isEqualTo(404);
            assertThat(admin.get("/api/workplaces/" + workplace).json()).isEqualTo(before);
            assertThat(portal.auditActions(company)).doesNotContain("workplace.person.change");
        }
    }

    /** A workplace as an order makes it, with a SIP account registering as the person's number. */
    private static long orderedWorkplace(PortalHarness portal, ApiClient admin, Company company) {
        admin.post("/api/cart/items", OrderForms.workplace(portal.fixtures().defaultGroup(company).id(),
                                                           StoreFixtures.uniqueMac().value()));
        final long order = admin.post("/api/orders", "").json().path(0).path("id").asLong();
        await().until(() -> admin.get("/api/orders/" + order).json().path("status").asText().equals("EXECUTED"));
        return admin.get("/api/orders/" + order).json().path("items").path(0).path("workplaceId").asLong();
    }

    private static List<AuditEntry> audit(PortalHarness portal, Company company) {
        return portal.store().transaction(tx -> portal.store().auditLog().listForCompany(tx, company.id(), 50));
    }
}
