package io.deskprov.portal.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;

import io.deskprov.portal.PortalSettings;
import io.deskprov.portal.device.NewDevices;
import io.deskprov.portal.http.Json;
import io.deskprov.portal.mail.Mailer;
import io.deskprov.portal.testing.ApiClient;
import io.deskprov.portal.testing.OrderForms;
import io.deskprov.portal.testing.PortalHarness;
import io.deskprov.portal.testing.ReceivedMail;
import io.deskprov.store.Database;
import io.deskprov.store.Store;
import io.deskprov.store.account.Account;
import io.deskprov.store.audit.AuditEntry;
import io.deskprov.store.company.Company;
import io.deskprov.store.device.Device;
import io.deskprov.store.device.MacAddress;
import io.deskprov.store.device.Vendor;
import io.deskprov.store.order.ItemKind;
import io.deskprov.store.order.NewOrderItem;
import io.deskprov.store.order.Order;
import io.deskprov.store.order.OrderStatus;
import io.deskprov.store.sip.SipAccount;
import io.deskprov.store.testing.EngineTest;
import io.deskprov.store.testing.StoreFixtures;
import io.deskprov.store.workplace.Profile;
import io.deskprov.store.workplace.Workplace;

class OrderRunnerTest {

    @EngineTest
    void orderIsCarriedOutOnItsActivationDateInOneGo(Database database) {
        try (PortalHarness portal = new PortalHarness(database, b -> b.sessionIdleTimeout(Duration.ofDays(2))
                                                                       .sessionMaxLifetime(Duration.ofDays(2)))) {
            final Company company = portal.fixtures().company();
            final ApiClient admin = portal.admin(company);
            final Map<String, Object> form = OrderForms.workplace(portal.fixtures().defaultGroup(company).id(),
                                                                  "001565aacc01");
            form.put("activationDate", "2026-03-03");
            admin.post("/api/cart/items", form);
            final long orderId = admin.post("/api/orders", "").json().path(0).path("id").asLong();

            // 09:00 UTC: the date has not yet come anywhere on earth, the order is not claimed.
            portal.clock().advance(Duration.ofHours(1));
            await().pollDelay(Duration.ofMillis(400)).until(() -> status(admin, orderId).equals("PLACED"));
            // 11:00 UTC: the date has come in UTC+14 but not in Berlin, the order waits for Berlin's midnight.
            portal.clock().advance(Duration.ofHours(2));
            await().until(() -> status(admin, orderId).equals("SCHEDULED"));
            // 23:00 UTC: midnight in Berlin, the order runs.
            portal.clock().advance(Duration.ofHours(12));
            await().until(() -> status(admin, orderId).equals("EXECUTED"));

            final JsonNode order = admin.get("/api/orders/" + orderId).json();
            final long workplaceId = order.path("items").path(0).path("workplaceId").asLong();
            final Store store = portal.store();
            final Workplace workplace = store.transaction(tx -> store.workplaces().find(tx, workplaceId)).orElseThrow();
            final List<SipAccount> sip = store.transaction(tx -> store.sipAccounts().listForWorkplace(tx, workplaceId));
            final String secret = store.transaction(tx -> store.sipAccounts().secret(tx, sip.get(0).id()))
                                       .orElseThrow();
            final List<Device> devices = store.transaction(tx -> store.devices().listForWorkplace(tx, workplaceId));
            final Account user = store.transaction(tx -> store.accounts().findByUsername(tx, "erika.muller"))
                                      .orElseThrow();
            assertThat(workplace.activatedAt()).isNotNull();
            assertThat(sip).singleElement().satisfies(a -> {
                assertThat(a.username()).isEqualTo(form.get("phoneNumber").toString().substring(1));
                assertThat(a.domain()).isEqualTo("sip.localdomain");
            });
            assertThat(secret).hasSize(24).matches("[A-Za-z0-9]+");
            assertThat(devices).extracting(d -> d.mac().value()).containsExactly("001565aacc01");
            assertThat(user.email()).isEqualTo(form.get("email"));
            assertThat(user.roles()).extracting(r -> r.workplaceId()).containsExactly(workplaceId);
            await().until(() -> portal.mails().stream().anyMatch(m -> m.to().equals(user.email())));
            final ReceivedMail mail = portal.lastMailTo(user.email());
            assertThat(mail.body()).contains("erika.muller", "https://portal.example.com/first-login?username=");
            assertThat(order.path("history").findValuesAsText("status")).containsExactly(
                    "PLACED", "RUNNING", "SCHEDULED", "RUNNING", "EXECUTED");
        }
    }

    @EngineTest
    void runningAnOrderRecordsItsAddOnWithTheWorkplaceWhichKeepsItsContingent(Database database) {
        try (PortalHarness portal = new PortalHarness(database)) {
            final Company company = portal.fixtures().company();
            final long group = portal.fixtures().defaultGroup(company).id();
            final ApiClient admin = portal.admin(company);
            admin.post("/api/cart/items", OrderForms.withMobileClient(group));
            final long orderId = admin.post("/api/orders", "").json().path(0).path("id").asLong();

            await().until(() -> status(admin, orderId).equals("EXECUTED"));

            final JsonNode items = admin.get("/api/orders/" + orderId).json().path("items");
            final long workplaceId = items.path(0).path("workplaceId").asLong();
            assertThat(items.path(1).path("kind").asText()).isEqualTo("ADD_ON");
            assertThat(items.path(1).path("addOn").asText()).isEqualTo("MOBILE_CLIENT");
            assertThat(items.path(1).path("workplaceId").asLong()).isEqualTo(workplaceId);
            final List<AuditEntry> audit = portal.store().transaction(
                    tx -> portal.store().auditLog().listForCompany(tx, company.id(), 20));
            assertThat(audit).filteredOn(e -> e.action().equals("order.execute")).singleElement()
                             .satisfies(e -> assertThat(e.details()).isEqualTo(
                                     "workplaces [" + workplaceId + "] add-ons [MOBILE_CLIENT]"));
            // The running workplace keeps its mobile client: of two, one is left.
            admin.post("/api/cart/items", OrderForms.withMobileClient(group));
            assertThat(admin.post("/api/orders", "").status()).isEqualTo(201);
            admin.post("/api/cart/items", OrderForms.withMobileClient(group));
            assertThat(admin.post("/api/orders", "").detail())
                    .isEqualTo("MOBILE_CLIENT: 2 of 2 used, the cart needs 1");
        }
    }

    @EngineTest
    void phoneTakenByAnotherCompanyFailsTheOrderWithItsReason(Database database) {
        try (PortalHarness portal = new PortalHarness(database, b -> b.orderRetries(2, Duration.ofMinutes(1))
                                                                       .sessionIdleTimeout(Duration.ofDays(2))
                                                                       .sessionMaxLifetime(Duration.ofDays(2)))) {
            final Company company = portal.fixtures().company();
            final Company other = portal.fixtures().company();
            final MacAddress mac = StoreFixtures.uniqueMac();
            final ApiClient admin = portal.admin(company);
            final Map<String, Object> form = OrderForms.workplace(portal.fixtures().defaultGroup(company).id(),
                                                                  mac.value());
            form.put("activationDate", "2026-03-03");
            admin.post("/api/cart/items", form);
            final long orderId = admin.post("/api/orders", "").json().path(0).path("id").asLong();
            // Between order and activation date another company adds the same phone.
            portal.store().inTransaction(tx -> portal.store().devices().create(
                    tx, NewDevices.of(mac, Vendor.YEALINK, "T46U", other.id(), null)));
            portal.clock().advance(Duration.ofDays(1));

            // First attempt fails and is rescheduled a minute later.
            await().until(() -> status(admin, orderId).equals("SCHEDULED"));
            portal.clock().advance(Duration.ofMinutes(1));
            // Second and last attempt gives up.
            await().until(() -> status(admin, orderId).equals("FAILED"));

            final JsonNode history = admin.get("/api/orders/" + orderId).json().path("history");
            assertThat(history.findValuesAsText("reason"))
                    .contains("desk phone " + mac.value() + " is already registered");
            final List<Workplace> workplaces = portal.store().transaction(
                    tx -> portal.store().workplaces().listForCompany(tx, company.id()));
            assertThat(workplaces).isEmpty();
        }
    }

    @EngineTest
    void twoRunnersOnOneDatabaseCarryOutEachOrderOnce(Database database) {
        try (PortalHarness portal = new PortalHarness(database, b -> b.orderPollInterval(Duration.ofHours(1)))) {
            final Store store = portal.store();
            final Company company = portal.fixtures().company();
            final long group = portal.fixtures().defaultGroup(company).id();
            final List<Long> orders = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                final String payload = Json.writeString(new WorkplaceOrder(
                        "Max", "Muster", "max" + StoreFixtures.unique() + "@example.com",
                        "+4989" + (1_000_000 + i), group, Profile.EXPERT, List.of(), false, false));
                orders.add(store.transaction(tx -> store.orders().place(
                        tx, company.id(), null, LocalDate.parse("2026-03-02"),
                        List.of(new NewOrderItem(ItemKind.WORKPLACE, payload)))).id());
            }
            final PortalSettings settings = PortalSettings.builder().build();
            final OrderRunner one = runner(portal, settings);
            final OrderRunner two = runner(portal, settings);

            final CompletableFuture<Integer> first = CompletableFuture.supplyAsync(one::runDue);
            final CompletableFuture<Integer> second = CompletableFuture.supplyAsync(two::runDue);

            assertThat(first.join() + second.join()).isEqualTo(orders.size());
            for (long id : orders) {
                final Order order = store.transaction(tx -> store.orders().find(tx, id)).orElseThrow();
                assertThat(order.status()).isEqualTo(OrderStatus.EXECUTED);
                assertThat(order.history()).filteredOn(s -> s.status() == OrderStatus.RUNNING).hasSize(1);
            }
            final int active = store.transaction(tx -> store.workplaces().countActive(tx, company.id()));
            assertThat(active).isEqualTo(orders.size());
        }
    }

    private static OrderRunner runner(PortalHarness portal, PortalSettings settings) {
        final Store store = portal.store();
        return new OrderRunner(store, portal.clock(), settings,
                               new WorkplaceSetup(store, portal.clock(), new Mailer(store, settings), settings));
    }

    private static String status(ApiClient admin, long orderId) {
        return admin.get("/api/orders/" + orderId).json().path("status").asText();
    }
}
