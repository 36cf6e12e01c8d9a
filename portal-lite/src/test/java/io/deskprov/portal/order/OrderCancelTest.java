package io.deskprov.portal.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.deskprov.portal.testing.ApiClient;
import io.deskprov.portal.testing.ApiResponse;
import io.deskprov.portal.testing.OrderForms;
import io.deskprov.portal.testing.PortalHarness;
import io.deskprov.store.Database;
import io.deskprov.store.Store;
import io.deskprov.store.company.Company;
import io.deskprov.store.testing.EngineTest;

class OrderCancelTest {

    @EngineTest
    void cancelledOrderEndsWithAHistoryStepAndFreesItsContingent(Database database) {
        try (PortalHarness portal = new PortalHarness(database, b -> b.orderPollInterval(Duration.ofHours(1)))) {
            final Company company = portal.fixtures().company();
            final long group = portal.fixtures().defaultGroup(company).id();
            final ApiClient admin = portal.admin(company);
            final long first = order(admin, OrderForms.withMobileClient(group));
            order(admin, OrderForms.withMobileClient(group));
            admin.post("/api/cart/items", OrderForms.withMobileClient(group));
            final ApiResponse exhausted = admin.post("/api/orders", "");

            final ApiResponse cancelled = admin.post("/api/orders/" + first + "/cancel", "");
            final ApiResponse again = admin.post("/api/orders", "");

            assertThat(exhausted.code()).isEqualTo("CONTINGENT_EXHAUSTED");
            assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
            assertThat(cancelled.json().path("status").asText()).isEqualTo("CANCELLED");
            final JsonNode last = lastStep(cancelled.json());
            assertThat(last.path("status").asText()).isEqualTo("CANCELLED");
            assertThat(last.path("reason").asText()).startsWith("cancelled by user");
            assertThat(portal.auditActions(company)).contains("order.cancel");
            // The mobile client the cancelled order held is free for the line left in the cart.
            assertThat(again.status()).as(again.toString()).isEqualTo(201);
        }
    }

    @EngineTest
    void orderClaimedByARunnerOrCarriedOutCannotBeCancelled(Database database) {
        try (PortalHarness portal = new PortalHarness(database, b -> b.orderPollInterval(Duration.ofHours(1)))) {
            final Store store = portal.store();
            final Company company = portal.fixtures().company();
            final long group = portal.fixtures().defaultGroup(company).id();
            final ApiClient admin = portal.admin(company);
            final long claimed = order(admin, OrderForms.withMobileClient(group));
            final long executed = order(admin, OrderForms.withMobileClient(group));
            // A runner claims both orders, as the OrderRunner does, and carries one out.
            store.inTransaction(tx -> store.orders().claimDue(tx, LocalDate.parse("2026-03-02"),
                                                              portal.clock().instant(), 100));
            store.inTransaction(tx -> store.orders().markExecuted(tx, executed, Map.of()));

            final ApiResponse running = admin.post("/api/orders/" + claimed + "/cancel", "");
            final ApiResponse over = admin.post("/api/orders/" + executed + "/cancel", "");
            final ApiResponse foreign = portal.admin(portal.fixtures().company())
                                              .post("/api/orders/" + claimed + "/cancel", "");

            assertThat(running.status()).isEqualTo(409);
            assertThat(running.code()).isEqualTo("ORDER_NOT_CANCELLABLE");
            assertThat(running.detail()).isEqualTo("order " + claimed + " is RUNNING; only an order that is PLACED"
                                                   + " or SCHEDULED can be cancelled");
            assertThat(running.json().path("status").asText()).isEqualTo("RUNNING");
            assertThat(over.json().path("status").asText()).isEqualTo("EXECUTED");
            assertThat(foreign.status()).isEqualTo(404);
            assertThat(lastStep(admin.get("/api/orders/" + claimed).json()).path("status").asText())
                    .isEqualTo("RUNNING");
            assertThat(portal.auditActions(company)).doesNotContain("order.cancel");
        }
    }

    private static long order(ApiClient admin, Map<String, Object> form) {
        admin.post("/api/cart/items", form);
        return admin.post("/api/orders", "").json().path(0).path("id").asLong();
    }

    private static JsonNode lastStep(JsonNode order) {
        final JsonNode history = order.path("history");
        return history.path(history.size() - 1);
    }
}
