package io.deskprov.portal.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.deskprov.portal.testing.ApiClient;
import io.deskprov.portal.testing.ApiResponse;
import io.deskprov.portal.testing.PortalHarness;
import io.deskprov.portal.testing.StaffedWorkplace;
import io.deskprov.store.Database;
import io.deskprov.store.Store;
import io.deskprov.store.audit.AuditEntry;
import io.deskprov.store.company.Company;
import io.deskprov.store.device.MacAddress;
import io.deskprov.store.device.Vendor;
import io.deskprov.store.seen.SeenDevice;
import io.deskprov.store.seen.Sighting;
import io.deskprov.store.testing.EngineTest;
import io.deskprov.store.testing.StoreFixtures;
import io.deskprov.store.workplace.Workplace;

class DeviceTest {

    @EngineTest
    void adminAddsAssignsAndUnassignsPhonesOfOwnCompany(Database database) {
        try (PortalHarness portal = new PortalHarness(database)) {
            final Company company = portal.fixtures().company();
            final StaffedWorkplace staffed = StaffedWorkplace.in(portal, company);
            final Workplace foreign = portal.fixtures().workplace(portal.fixtures().company());
            final ApiClient admin = portal.admin(company);
            final String mac = StoreFixtures.uniqueMac().value();

            final ApiResponse added = admin.post("/api/devices", Map.of("vendor", "POLYCOM", "model", "vvx-450",
                                                                        "mac", mac.toUpperCase()));
            final long id = added.json().path("id").asLong();
            final ApiResponse assigned = admin.put("/api/devices/" + id + "/workplace",
                                                   Map.of("workplaceId", staffed.workplace().id()));
            final ApiResponse toForeign = admin.put("/api/devices/" + id + "/workplace",
                                                    Map.of("workplaceId", foreign.id()));
            final Map<String, Object> none = new HashMap<>();
            none.put("workplaceId", null);
            final ApiResponse unassigned = admin.put("/api/devices/" + staffed.device().id() + "/workplace", none);
            final ApiResponse again = admin.post("/api/devices", Map.of("vendor", "POLYCOM", "model", "VVX 450",
                                                                        "mac", mac));

            assertThat(added.status()).as(added.toString()).isEqualTo(201);
            assertThat(added.json().path("model").asText()).isEqualTo("VVX 450");
            assertThat(assigned.json().path("workplaceId").asLong()).isEqualTo(staffed.workplace().id());
            assertThat(toForeign.status()).isEqualTo(404);
            assertThat(unassigned.json().path("workplaceId").isNull()).isTrue();
            final Store store = portal.store();
            final boolean revoked = store.transaction(tx -> store.revocations().isRevoked(
                    tx, new BigInteger(StaffedWorkplace.CERT_SERIAL, 16)));
            assertThat(revoked).isTrue();
            assertThat(again.code()).isEqualTo("MAC_TAKEN");
            assertThat(admin.get("/api/devices").json().findValuesAsText("mac")).containsExactlyInAnyOrder(
                    mac, staffed.device().mac().value());
            assertThat(portal.auditActions(company)).contains("device.create", "device.assign", "device.unassign");
        }
    }

    @EngineTest
    void seenPhoneIsAssignedAndItsSightingForgotten(Database database) {
        try (PortalHarness portal = new PortalHarness(database)) {
            final Store store = portal.store();
            final Company company = portal.fixtures().company();
            final StaffedWorkplace staffed = StaffedWorkplace.in(portal, company);
            final MacAddress mac = StoreFixtures.uniqueMac();
            store.inTransaction(tx -> store.seenDevices().recordSightings(tx, List.of(new Sighting(
                    mac, Vendor.YEALINK, "T54W", "96.86.0.70", "Yealink SIP-T54W", "192.0.2.10",
                    portal.clock().instant()))));
            final ApiClient admin = portal.admin(company);

            final ApiResponse seen = admin.get("/api/seen-devices");
            final ApiResponse assigned = admin.post("/api/seen-devices/" + mac + "/assign",
                                                    Map.of("workplaceId", staffed.workplace().id()));
            final ApiResponse unknown = admin.post("/api/seen-devices/" + StoreFixtures.uniqueMac() + "/assign", "{}");

            assertThat(seen.json().findValuesAsText("mac")).contains(mac.value());
            assertThat(assigned.status()).as(assigned.toString()).isEqualTo(201);
            assertThat(assigned.json().path("model").asText()).isEqualTo("T54W");
            assertThat(assigned.json().path("workplaceId").asLong()).isEqualTo(staffed.workplace().id());
            final List<SeenDevice> left = store.transaction(tx -> store.seenDevices().listRecent(tx, 100));
            assertThat(left).noneMatch(s -> s.mac().equals(mac));
            assertThat(unknown.status()).isEqualTo(404);
        }
    }

    @EngineTest
    void resyncAndRebootRequestsAreRecorded(Database database) {
        try (PortalHarness portal = new PortalHarness(database)) {
            final Company company = portal.fixtures().company();
            final StaffedWorkplace staffed = StaffedWorkplace.in(portal, company);
            final StaffedWorkplace foreign = StaffedWorkplace.in(portal, portal.fixtures().company());
            final ApiClient admin = portal.admin(company);

            final ApiResponse resync = admin.post("/api/devices/" + staffed.device().id() + "/resync", "");
            final ApiResponse reboot = admin.post("/api/devices/" + staffed.device().id() + "/reboot", "");
            final ApiResponse other = admin.post("/api/devices/" + foreign.device().id() + "/reboot", "");

            assertThat(resync.status()).isEqualTo(202);
            assertThat(reboot.json().path("requested").asText()).isEqualTo("REBOOT");
            assertThat(other.status()).isEqualTo(404);
            final List<AuditEntry> audit = portal.store().transaction(
                    tx -> portal.store().auditLog().listForCompany(tx, company.id(), 10));
            assertThat(audit).filteredOn(e -> e.action().startsWith("device.re"))
                             .extracting(AuditEntry::action, AuditEntry::targetId)
                             .containsExactlyInAnyOrder(tuple("device.resync", String.valueOf(staffed.device().id())),
                                                        tuple("device.reboot", String.valueOf(staffed.device().id())));
        }
    }
}
