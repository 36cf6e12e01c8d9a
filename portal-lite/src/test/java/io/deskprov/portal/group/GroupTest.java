package io.deskprov.portal.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.deskprov.portal.testing.ApiClient;
import io.deskprov.portal.testing.ApiResponse;
import io.deskprov.portal.testing.PortalHarness;
import io.deskprov.store.Database;
import io.deskprov.store.account.Role;
import io.deskprov.store.audit.AuditEntry;
import io.deskprov.store.company.Company;
import io.deskprov.store.testing.EngineTest;

class GroupTest {

    @EngineTest
    void adminAddsGroupBesideTheDefaultOneAndItIsAudited(Database database) {
        try (PortalHarness portal = new PortalHarness(database)) {
            final Company company = portal.fixtures().company();
            final ApiClient admin = portal.client();
            admin.login(portal.account(Role.admin(company.id())).username(), PortalHarness.PASSWORD);

            final ApiResponse created = admin.post("/api/groups", Map.of(
                    "name", "Filiale Hamburg", "timeZone", "Europe/Berlin", "language", "en",
                    "address", Map.of("street", "Weg 1", "postalCode", "20095", "city", "Hamburg", "country", "DE")));
            final ApiResponse listed = admin.get("/api/groups");

            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            assertThat(listed.json().findValuesAsText("name"))
                    .containsExactlyInAnyOrder(company.contractAddress().oneLine(), "Filiale Hamburg");
            final List<AuditEntry> audit = portal.store().transaction(
                    tx -> portal.store().auditLog().listForCompany(tx, company.id(), 5));
            assertThat(audit).anyMatch(e -> e.action().equals("group.create") && "Filiale Hamburg".equals(e.details()));
        }
    }

    @EngineTest
    void operatorAndBadZoneAreRefused(Database database) {
        try (PortalHarness portal = new PortalHarness(database)) {
            final Company company = portal.fixtures().company();
            final ApiClient admin = portal.client();
            admin.login(portal.account(Role.admin(company.id())).username(), PortalHarness.PASSWORD);

            final ApiResponse byOperator = portal.operator().get("/api/groups");
            final ApiResponse badZone = admin.post("/api/groups", Map.of(
                    "name", "X", "timeZone", "Europe/Nowhere", "language", "de",
                    "address", Map.of("street", "a", "postalCode", "1", "city", "b", "country", "DE")));

            assertThat(byOperator.status()).isEqualTo(403);
            assertThat(badZone.status()).isEqualTo(400);
            assertThat(badZone.code()).isEqualTo("INVALID_INPUT");
        }
    }
}
