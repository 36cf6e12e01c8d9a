package io.deskprov.portal.workplace;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.deskprov.portal.testing.ApiClient;
import io.deskprov.portal.testing.ApiResponse;
import io.deskprov.portal.testing.PortalHarness;
import io.deskprov.portal.testing.StaffedWorkplace;
import io.deskprov.store.Database;
import io.deskprov.store.Store;
import io.deskprov.store.account.Account;
import io.deskprov.store.account.AccountState;
import io.deskprov.store.company.Company;
import io.deskprov.store.device.Device;
import io.deskprov.store.sip.SipAccount;
import io.deskprov.store.testing.EngineTest;
import io.deskprov.store.workplace.Workplace;
import io.deskprov.store.workplace.WorkplaceState;

class WorkplaceTest {

    @EngineTest
    void adminListsAndViewsOnlyOwnWorkplaces(Database database) {
        try (PortalHarness portal = new PortalHarness(database)) {
            final Company company = portal.fixtures().company();
            final StaffedWorkplace staffed = StaffedWorkplace.in(portal, company);
            final StaffedWorkplace foreign = StaffedWorkplace.in(portal, portal.fixtures().company());
            final ApiClient admin = portal.admin(company);

            final ApiResponse list = admin.get("/api/workplaces");
            final ApiResponse one = admin.get("/api/workplaces/" + staffed.workplace().id());

            assertThat(list.json()).hasSize(1);
            assertThat(list.json().path(0).path("username").asText()).isEqualTo(staffed.user().username());
            assertThat(one.json().path("devices").path(0).path("mac").asText())
                    .isEqualTo(staffed.device().mac().value());
            assertThat(one.json().path("sipAccounts").path(0).path("username").asText())
                    .isEqualTo(staffed.sip().username());
            assertThat(one.json().toString()).doesNotContain("secret");
            assertThat(admin.get("/api/workplaces/" + foreign.workplace().id()).status()).isEqualTo(404);
        }
    }

    @EngineTest
    void groupChangeIsRefusedWithTheWayToDoIt(Database database) {
        try (PortalHarness portal = new PortalHarness(database)) {
            final Company company = portal.fixtures().company();
            final StaffedWorkplace staffed = StaffedWorkplace.in(portal, company);
            final ApiClient admin = portal.admin(company);
            final long other = admin.post("/api/groups", Map.of(
                    "name", "Filiale", "timeZone", "Europe/Berlin", "language", "de",
                    "address", Map.of("street", "Weg 1", "postalCode", "20095", "city", "Hamburg", "country", "DE")))
                    .json().path("id").asLong();

            final ApiResponse moved = admin.put("/api/workplaces/" + staffed.workplace().id() + "/group",
                                                Map.of("groupId", other));

            assertThat(moved.status()).isEqualTo(409);
            assertThat(moved.code()).isEqualTo("WORKPLACE_GROUP_FIXED");
            assertThat(moved.detail()).contains("never changes group", "delete");
        }
    }

    @EngineTest
    void deletionWaitsThirtyDaysThenEndsPhonesSipAndUser(Database database) {
        // The admin stays logged in across the 30 days.
        try (PortalHarness portal = new PortalHarness(database, b -> b.sessionIdleTimeout(Duration.ofDays(40))
                                                                       .sessionMaxLifetime(Duration.ofDays(40)))) {
            final Store store = portal.store();
            final Company company = portal.fixtures().company();
            final StaffedWorkplace staffed = StaffedWorkplace.in(portal, company);
            final ApiClient admin = portal.admin(company);
            final String path = "/api/workplaces/" + staffed.workplace().id();

            // Day 29: refused, naming the first possible date.
            portal.clock().advance(Duration.ofDays(29));
            final ApiResponse early = admin.delete(path);
            // Day 30: deleted.
            portal.clock().advance(Duration.ofDays(1));
            final ApiResponse deleted = admin.delete(path);

            assertThat(early.status()).isEqualTo(409);
            assertThat(early.code()).isEqualTo("MINIMUM_TERM");
            assertThat(early.detail()).endsWith("may be deleted from 2026-04-01");
            assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
            final Device device = store.transaction(tx -> store.devices().find(tx, staffed.device().id()))
                                       .orElseThrow();
            assertThat(device.workplaceId()).isNull();
            final boolean revoked = store.transaction(tx -> store.revocations().isRevoked(
                    tx, new BigInteger(StaffedWorkplace.CERT_SERIAL, 16)));
            assertThat(revoked).isTrue();
            final Optional<SipAccount> sip = store.transaction(tx -> store.sipAccounts().find(tx, staffed.sip().id()));
            assertThat(sip).isEmpty();
            final Account user = store.transaction(tx -> store.accounts().find(tx, staffed.user().id())).orElseThrow();
            assertThat(user.roles()).isEmpty();
            assertThat(user.state()).isEqualTo(AccountState.DISABLED);
            final Workplace workplace = store.transaction(tx -> store.workplaces().find(tx, staffed.workplace().id()))
                                             .orElseThrow();
            assertThat(workplace.state()).isEqualTo(WorkplaceState.DELETED);
            assertThat(portal.client().login(staffed.user().username(), PortalHarness.PASSWORD).status())
                    .isEqualTo(401);
            assertThat(portal.auditActions(company)).contains("workplace.delete");
        }
    }
}
