package io.deskprov.portal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import io.deskprov.portal.PortalSettings;
import io.deskprov.portal.ThrottleLimit;
import io.deskprov.portal.testing.ApiClient;
import io.deskprov.portal.testing.ApiResponse;
import io.deskprov.portal.testing.PortalHarness;
import io.deskprov.store.Database;
import io.deskprov.store.account.Account;
import io.deskprov.store.account.Role;
import io.deskprov.store.testing.EngineTest;
import io.deskprov.store.testing.StoreFixtures;

class SessionTest {

    @EngineTest
    void loginSetsStrictSecureCookieAndLogoutEndsSession(Database database) {
        try (PortalHarness portal = new PortalHarness(database)) {
            final Account operator = portal.account(Role.operator());
            final ApiClient client = portal.client();

            final ApiResponse login = client.login(operator.username(), PortalHarness.PASSWORD);
            final ApiResponse me = client.get("/api/session");
            final ApiResponse logout = client.delete("/api/session");
            final ApiResponse after = client.get("/api/session");

            assertThat(login.status()).isEqualTo(200);
            assertThat(login.setCookies()).singleElement().asString()
                    .matches("deskprov_session=[A-Za-z0-9_-]{43}; Path=/; Secure; HttpOnly; SameSite=Strict");
            assertThat(me.json().path("activeRole").asText()).isEqualTo("OPERATOR");
            assertThat(logout.status()).isEqualTo(204);
            assertThat(after.status()).isEqualTo(401);
        }
    }

    @EngineTest
    void changingRequestWithoutCsrfTokenIsRefused(Database database) {
        try (PortalHarness portal = new PortalHarness(database)) {
            final ApiClient client = portal.operator().withoutCsrf();

            final ApiResponse refused = client.delete("/api/session");

            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.code()).isEqualTo("CSRF_TOKEN_INVALID");
            assertThat(client.get("/api/session").status()).isEqualTo(200);
        }
    }

    @EngineTest
    void sessionExpiresAfterIdleTimeout(Database database) {
        try (PortalHarness portal = new PortalHarness(database, b -> b.sessionIdleTimeout(Duration.ofMinutes(10)))) {
            final ApiClient client = portal.operator();

            portal.clock().advance(Duration.ofMinutes(9));
            final ApiResponse stillThere = client.get("/api/session");
            portal.clock().advance(Duration.ofMinutes(9));
            final ApiResponse touchedAgain = client.get("/api/session");
            portal.clock().advance(Duration.ofMinutes(11));
            final ApiResponse expired = client.get("/api/session");

            assertThat(stillThere.status()).isEqualTo(200);
            assertThat(touchedAgain.status()).isEqualTo(200);
            assertThat(expired.status()).isEqualTo(401);
        }
    }

    @EngineTest
    void busySessionStillEndsAtItsMaximumLifetime(Database database) {
        try (PortalHarness portal = new PortalHarness(database, b -> b.sessionIdleTimeout(Duration.ofMinutes(30))
                                                                       .sessionMaxLifetime(Duration.ofHours(2)))) {
            final ApiClient client = portal.operator();

            // The operator works on: a request every 20 minutes, 1 h 40 in all.
            final List<Integer> busy = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                portal.clock().advance(Duration.ofMinutes(20));
                busy.add(client.get("/api/session").status());
            }
            // 1 h 59 after login the session is still there, its idle timeout cut to the minute left.
            portal.clock().advance(Duration.ofMinutes(19));
            final ApiResponse lastMinute = client.get("/api/session");
            // At 2 h it ends although it was used a minute ago.
            portal.clock().advance(Duration.ofMinutes(1));
            final ApiResponse over = client.get("/api/session");

            assertThat(busy).containsOnly(200);
            assertThat(lastMinute.status()).isEqualTo(200);
            assertThat(over.status()).isEqualTo(401);
        }
    }

    @EngineTest
    void repeatedFailuresLockTheAccountEvenForTheRightPassword(Database database) {
        try (PortalHarness portal = new PortalHarness(database, b -> b.lockout(3, Duration.ofMinutes(15)))) {
            final Account account = portal.account(Role.operator());
            final ApiClient client = portal.client();

            for (int i = 0; i < 3; i++) {
                assertThat(client.login(account.username(), "wrong").status()).isEqualTo(401);
            }
            final ApiResponse locked = client.login(account.username(), PortalHarness.PASSWORD);
            final ApiResponse unknown = client.login("nobody-" + account.username(), "wrong");
            portal.clock().advance(Duration.ofMinutes(16));
            final ApiResponse unlocked = client.login(account.username(), PortalHarness.PASSWORD);

            assertThat(locked.status()).isEqualTo(401);
            assertThat(locked.json()).isEqualTo(unknown.json());
            assertThat(unlocked.status()).isEqualTo(200);
        }
    }

    @EngineTest
    void loginsFromOneAddressAreThrottled(Database database) {
        try (PortalHarness portal = new PortalHarness(database,
                b -> b.loginsPerAddress(new ThrottleLimit(2, Duration.ofMinutes(1))))) {
            final ApiClient client = portal.client();

            client.login("someone", "wrong");
            client.login("someone", "wrong");
            final ApiResponse third = client.login("someone", "wrong");

            assertThat(third.status()).isEqualTo(429);
            assertThat(third.code()).isEqualTo("TOO_MANY_REQUESTS");
        }
    }

    @EngineTest
    void portalsSharingADatabaseShareTheirThrottles(Database database) {
        final UnaryOperator<PortalSettings.Builder> limits = b -> b
                .loginsPerAddress(new ThrottleLimit(3, Duration.ofMinutes(1)))
                .passwordRequests(new ThrottleLimit(1, Duration.ofHours(1)),
                                  new ThrottleLimit(50, Duration.ofHours(1)));
        try (PortalHarness one = new PortalHarness(database, limits);
             PortalHarness two = new PortalHarness(database, limits)) {
            // Other tests of this class logged in from 127.0.0.1 too; a day later their windows are over.
            one.clock().advance(Duration.ofDays(1));
            two.clock().advance(Duration.ofDays(1));
            final ApiClient toOne = one.client();
            final ApiClient toTwo = two.client();
            final Map<String, String> someone = Map.of("username", "someone" + StoreFixtures.unique());

            // Three failed logins from one address, spread over both nodes, use up the limit of three.
            final List<Integer> allowed = List.of(toOne.login("someone", "wrong").status(),
                                                  toTwo.login("someone", "wrong").status(),
                                                  toOne.login("someone", "wrong").status());
            final ApiResponse fourth = toTwo.login("someone", "wrong");
            // A temporary password asked for at one node counts at the other.
            final ApiResponse requested = toOne.post("/api/first-login/temporary-password", someone);
            final ApiResponse again = toTwo.post("/api/first-login/temporary-password", someone);
            // A minute later the login window is over on both.
            one.clock().advance(Duration.ofMinutes(1));
            two.clock().advance(Duration.ofMinutes(1));
            final ApiResponse later = toTwo.login("someone", "wrong");

            assertThat(allowed).containsOnly(401);
            assertThat(fourth.status()).isEqualTo(429);
            assertThat(requested.status()).isEqualTo(202);
            assertThat(again.status()).isEqualTo(429);
            assertThat(later.status()).isEqualTo(401);
        }
    }

    @EngineTest
    void apiTokenWorksWithoutCsrfAndStopsWhenRevoked(Database database) {
        try (PortalHarness portal = new PortalHarness(database)) {
            final ApiClient operator = portal.operator();
            final ApiResponse made = operator.post("/api/tokens", Map.of("name", "automation"));
            final ApiClient automation = portal.client().bearer(made.json().path("token").asText());

            final ApiResponse listed = automation.get("/api/companies");
            operator.delete("/api/tokens/" + made.json().path("id").asLong());
            final ApiResponse revoked = automation.get("/api/companies");

            assertThat(made.status()).isEqualTo(201);
            assertThat(listed.status()).isEqualTo(200);
            assertThat(revoked.status()).isEqualTo(401);
        }
    }

    @EngineTest
    void oversizedBodyIsRefusedWithProblemDetails(Database database) {
        try (PortalHarness portal = new PortalHarness(database, b -> b.maxBodyBytes(2048))) {
            final ApiResponse refused = portal.client().post("/api/session", "{\"username\":\"" + "x".repeat(4096)
                                                                              + "\"}");

            assertThat(refused.status()).isEqualTo(413);
            assertThat(refused.code()).isEqualTo("BODY_TOO_LARGE");
        }
    }
}
