package io.deskprov.portal.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.deskprov.portal.auth.Secrets;
import io.deskprov.portal.testing.ApiClient;
import io.deskprov.portal.testing.ApiResponse;
import io.deskprov.portal.testing.OrderForms;
import io.deskprov.portal.testing.PortalHarness;
import io.deskprov.store.Database;
import io.deskprov.store.company.Company;
import io.deskprov.store.session.CartItem;
import io.deskprov.store.testing.EngineTest;
import io.deskprov.store.testing.StoreFixtures;

class CartOrderTest {

    @EngineTest
    void cartBecomesOrdersWithHistoryAndIsEmptied(Database database) {
        try (PortalHarness portal = new PortalHarness(database, b -> b.orderPollInterval(Duration.ofHours(1)))) {
            final Company company = portal.fixtures().company();
            final long group = portal.fixtures().defaultGroup(company).id();
            final ApiClient admin = portal.admin(company);
            final Map<String, Object> form = OrderForms.workplace(group, "00:15:65:AA:BB:01");
            form.put("mobileClient", true);

            final ApiResponse added = admin.post("/api/cart/items", form);
            final ApiResponse cart = admin.get("/api/cart/items");
            final ApiResponse ordered = admin.post("/api/orders", "");
            final ApiResponse emptied = admin.get("/api/cart/items");
            final long orderId = ordered.json().path(0).path("id").asLong();
            final ApiResponse order = admin.get("/api/orders/" + orderId);

            assertThat(added.status()).as(added.toString()).isEqualTo(201);
            assertThat(added.json().path("activationDate").asText()).isEqualTo("2026-03-02");
            assertThat(added.json().path("workplace").path("deskPhones").path(0).path("model").asText())
                    .isEqualTo("T46U");
            assertThat(added.json().path("workplace").path("deskPhones").path(0).path("mac").asText())
                    .isEqualTo("001565aabb01");
            assertThat(cart.json()).hasSize(1);
            assertThat(ordered.status()).as(ordered.toString()).isEqualTo(201);
            assertThat(emptied.json()).isEmpty();
            assertThat(order.json().path("status").asText()).isEqualTo("PLACED");
            assertThat(order.json().path("history").path(0).path("status").asText()).isEqualTo("PLACED");
            assertThat(order.json().path("items").findValuesAsText("kind")).containsExactly("WORKPLACE", "ADD_ON");
            assertThat(order.json().path("items").path(1).path("addOn").asText()).isEqualTo("MOBILE_CLIENT");
            assertThat(admin.get("/api/orders").json().findValuesAsText("id")).contains(String.valueOf(orderId));
            assertThat(portal.auditActions(company)).contains("cart.add", "order.place");
        }
    }

    @EngineTest
    void exhaustedContingentIsNamedAndNothingIsOrdered(Database database) {
        try (PortalHarness portal = new PortalHarness(database)) {
            final Company company = portal.fixtures().company();
            final long group = portal.fixtures().defaultGroup(company).id();
            for (int i = 0; i < 10; i++) {
                portal.fixtures().workplace(company);
            }
            final ApiClient admin = portal.admin(company);
            admin.post("/api/cart/items", OrderForms.workplace(group, StoreFixtures.uniqueMac().value()));

            final ApiResponse refused = admin.post("/api/orders", "");

            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.code()).isEqualTo("CONTINGENT_EXHAUSTED");
            assertThat(refused.detail()).startsWith("WORKPLACE: 10 of 10 used");
            assertThat(admin.get("/api/orders").json()).isEmpty();
            assertThat(admin.get("/api/cart/items").json()).hasSize(1);
        }
    }

    @EngineTest
    void clientsCountAgainstTheirOwnContingents(Database database) {
        try (PortalHarness portal = new PortalHarness(database)) {
            final Company company = portal.fixtures().company();
            final long group = portal.fixtures().defaultGroup(company).id();
            final ApiClient admin = portal.admin(company);
            final Map<String, Object> desktop = OrderForms.workplace(group, StoreFixtures.uniqueMac().value());
            desktop.put("desktopClient", true);
            admin.post("/api/cart/items", desktop);

            final ApiResponse refused = admin.post("/api/orders", "");

            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.detail()).startsWith("DESKTOP_CLIENT: 0 of 0 used");
        }
    }

    @EngineTest
    void mobileClientsTakeTheirContingentUntilItIsExhausted(Database database) {
        try (PortalHarness portal = new PortalHarness(database)) {
            final Company company = portal.fixtures().company();
            final long group = portal.fixtures().defaultGroup(company).id();
            final ApiClient admin = portal.admin(company);

            // The company holds two mobile clients; two workplaces take them.
            for (int i = 0; i < 2; i++) {
                admin.post("/api/cart/items", OrderForms.withMobileClient(group));
                assertThat(admin.post("/api/orders", "").status()).isEqualTo(201);
            }
            // A third workplace with a mobile client finds none left.
            admin.post("/api/cart/items", OrderForms.withMobileClient(group));
            final ApiResponse refused = admin.post("/api/orders", "");

            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.code()).isEqualTo("CONTINGENT_EXHAUSTED");
            assertThat(refused.detail()).isEqualTo("MOBILE_CLIENT: 2 of 2 used, the cart needs 1");
            assertThat(refused.json().path("product").asText()).isEqualTo("MOBILE_CLIENT");
            assertThat(admin.get("/api/orders").json()).hasSize(2);
        }
    }

    @EngineTest
    void badLinesAreRefused(Database database) {
        try (PortalHarness portal = new PortalHarness(database)) {
            final Company company = portal.fixtures().company();
            final long group = portal.fixtures().defaultGroup(company).id();
            final long foreignGroup = portal.fixtures().defaultGroup(portal.fixtures().company()).id();
            final ApiClient admin = portal.admin(company);
            final Map<String, Object> past = OrderForms.workplace(group, StoreFixtures.uniqueMac().value());
            past.put("activationDate", "2026-03-01");
            final Map<String, Object> unknownModel = OrderForms.workplace(group, StoreFixtures.uniqueMac().value());
            unknownModel.put("deskPhones", List.of(Map.of("vendor", "YEALINK", "model", "T99", "mac", "001565000001")));
            final Map<String, Object> badMac = OrderForms.workplace(group, "00:15:65:ZZ:00:01");
            final Map<String, Object> taken = OrderForms.workplace(
                    group, portal.fixtures().device(portal.fixtures().company()).mac().value());
            final Map<String, Object> badNumber = OrderForms.workplace(group, StoreFixtures.uniqueMac().value());
            badNumber.put("phoneNumber", "030 1234567");

            assertThat(admin.post("/api/cart/items", past).code()).isEqualTo("ACTIVATION_DATE_PAST");
            assertThat(admin.post("/api/cart/items", unknownModel).code()).isEqualTo("UNKNOWN_MODEL");
            assertThat(admin.post("/api/cart/items", badMac).code()).isEqualTo("INVALID_INPUT");
            assertThat(admin.post("/api/cart/items", taken).code()).isEqualTo("MAC_TAKEN");
            assertThat(admin.post("/api/cart/items", OrderForms.workplace(group, "001565000003")).status())
                    .isEqualTo(201);
            assertThat(admin.post("/api/cart/items", OrderForms.workplace(group, "00:15:65:00:00:03")).code())
                    .isEqualTo("MAC_TAKEN");
            assertThat(admin.post("/api/cart/items", badNumber).detail()).contains("phoneNumber");
            assertThat(admin.post("/api/cart/items", OrderForms.workplace(foreignGroup, "001565000002")).status())
                    .isEqualTo(404);
        }
    }

    @EngineTest
    void lineIsRemovedOnlyFromItsOwnSessionsCart(Database database) {
        try (PortalHarness portal = new PortalHarness(database)) {
            final Company company = portal.fixtures().company();
            final ApiClient admin = portal.admin(company);
            final ApiClient colleague = portal.admin(company);
            final long line = admin.post("/api/cart/items", OrderForms.workplace(
                    portal.fixtures().defaultGroup(company).id(), StoreFixtures.uniqueMac().value()))
                                   .json().path("id").asLong();

            final ApiResponse byColleague = colleague.delete("/api/cart/items/" + line);
            final ApiResponse byOwner = admin.delete("/api/cart/items/" + line);
            final ApiResponse again = admin.delete("/api/cart/items/" + line);

            assertThat(byColleague.status()).isEqualTo(404);
            assertThat(byOwner.status()).isEqualTo(204);
            assertThat(again.status()).isEqualTo(404);
            assertThat(admin.get("/api/cart/items").json()).isEmpty();
            assertThat(admin.post("/api/orders", "").code()).isEqualTo("CART_EMPTY");
            assertThat(portal.auditActions(company)).contains("cart.remove");
        }
    }

    @EngineTest
    void logoutEmptiesTheCart(Database database) {
        try (PortalHarness portal = new PortalHarness(database)) {
            final Company company = portal.fixtures().company();
            final ApiClient admin = portal.admin(company);
            admin.post("/api/cart/items", OrderForms.workplace(portal.fixtures().defaultGroup(company).id(),
                                                               StoreFixtures.uniqueMac().value()));
            final String session = Secrets.sha256(admin.sessionCookie());
            final List<CartItem> before = portal.store().transaction(tx -> portal.store().carts().list(tx, session));

            admin.delete("/api/session");

            assertThat(before).hasSize(1);
            final List<CartItem> after = portal.store().transaction(tx -> portal.store().carts().list(tx, session));
            assertThat(after).isEmpty();
        }
    }
}
