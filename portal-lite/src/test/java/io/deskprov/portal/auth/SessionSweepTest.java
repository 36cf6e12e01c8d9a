package io.deskprov.portal.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.deskprov.portal.testing.ApiClient;
import io.deskprov.portal.testing.OrderForms;
import io.deskprov.portal.testing.PortalHarness;
import io.deskprov.store.Database;
import io.deskprov.store.Store;
import io.deskprov.store.company.Company;
import io.deskprov.store.session.CartItem;
import io.deskprov.store.session.LoginSession;
import io.deskprov.store.testing.EngineTest;
import io.deskprov.store.testing.StoreFixtures;

class SessionSweepTest {

    @EngineTest
    void expiredSessionsAndTheirCartsAreSweptWithoutAnyRequest(Database database) {
        try (PortalHarness portal = new PortalHarness(database, b -> b.sessionSweepInterval(Duration.ofMillis(100)))) {
            final Store store = portal.store();
            final Company company = portal.fixtures().company();
            final ApiClient idle = portal.admin(company);
            idle.post("/api/cart/items", OrderForms.workplace(portal.fixtures().defaultGroup(company).id(),
                                                              StoreFixtures.uniqueMac().value()));
            final String idleSession = Secrets.sha256(idle.sessionCookie());

            // 29 minutes later a second admin logs in; the first session is still valid.
            portal.clock().advance(Duration.ofMinutes(29));
            final ApiClient active = portal.admin(company);
            final String activeSession = Secrets.sha256(active.sessionCookie());
            // 31 minutes after the first login only the first session has run out.
            portal.clock().advance(Duration.ofMinutes(2));
            await().until(() -> store.transaction(tx -> store.sessions().find(tx, idleSession)).isEmpty());

            final List<CartItem> cart = store.transaction(tx -> store.carts().list(tx, idleSession));
            assertThat(cart).isEmpty();
            final Optional<LoginSession> kept = store.transaction(tx -> store.sessions().find(tx, activeSession));
            assertThat(kept).isPresent();
        }
    }
}
