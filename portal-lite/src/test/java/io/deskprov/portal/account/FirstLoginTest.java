package io.deskprov.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.deskprov.portal.ThrottleLimit;
import io.deskprov.portal.testing.ApiClient;
import io.deskprov.portal.testing.ApiResponse;
import io.deskprov.portal.testing.PortalHarness;
import io.deskprov.store.Database;
import io.deskprov.store.account.Account;
import io.deskprov.store.account.Role;
import io.deskprov.store.company.Company;
import io.deskprov.store.testing.EngineTest;

class FirstLoginTest {
    private static final Pattern TEMPORARY = Pattern.compile("\n\n([A-Za-z0-9]{14})\n\n");
    private static final String NEW_PASSWORD = "Tel3fon-Anlage.neu";

    @EngineTest
    void temporaryPasswordLeadsToOwnPasswordOnce(Database database) {
        try (PortalHarness portal = new PortalHarness(database)) {
            final Company company = portal.fixtures().company();
            final Account admin = portal.fixtures().account(Role.admin(company.id()));
            final ApiClient client = portal.client();

            final ApiResponse known = client.post("/api/first-login/temporary-password",
                                                  Map.of("username", admin.username()));
            final ApiResponse unknown = client.post("/api/first-login/temporary-password",
                                                    Map.of("username", "nobody.here"));
            final String temporary = temporaryPassword(portal, admin.email());
            final ApiResponse login = client.login(admin.username(), temporary);
            final ApiResponse beforeChange = client.get("/api/company");
            final ApiResponse weak = client.put("/api/account/password", Map.of("newPassword", "password"));
            final ApiResponse changed = client.put("/api/account/password", Map.of("newPassword", NEW_PASSWORD));
            final ApiResponse afterChange = client.get("/api/company");
            final ApiResponse reused = portal.client().login(admin.username(), temporary);
            final ApiResponse withOwn = portal.client().login(admin.username(), NEW_PASSWORD);

            assertThat(known.status()).isEqualTo(202);
            assertThat(unknown.status()).isEqualTo(202);
            assertThat(unknown.json()).isEqualTo(known.json());
            assertThat(login.json().path("mustSetPassword").asBoolean()).isTrue();
            assertThat(beforeChange.code()).isEqualTo("PASSWORD_CHANGE_REQUIRED");
            assertThat(weak.status()).isEqualTo(400);
            assertThat(weak.code()).isEqualTo("PASSWORD_POLICY");
            assertThat(weak.json().path("rules").toString())
                    .isEqualTo("[\"UPPERCASE\",\"DIGIT\",\"COMMON_PASSWORD\"]");
            assertThat(changed.status()).isEqualTo(204);
            assertThat(afterChange.status()).isEqualTo(200);
            assertThat(reused.status()).isEqualTo(401);
            assertThat(withOwn.status()).isEqualTo(200);
        }
    }

    @EngineTest
    void ownPasswordChangeNeedsCurrentAndRefusesTheLastThree(Database database) {
        try (PortalHarness portal = new PortalHarness(database)) {
            final Account operator = portal.account(Role.operator());
            final ApiClient client = portal.client();
            client.login(operator.username(), PortalHarness.PASSWORD);

            final ApiResponse noCurrent = client.put("/api/account/password", Map.of("newPassword", NEW_PASSWORD));
            final ApiResponse reuse = client.put("/api/account/password", Map.of(
                    "currentPassword", PortalHarness.PASSWORD, "newPassword", PortalHarness.PASSWORD));
            final ApiResponse changed = client.put("/api/account/password", Map.of(
                    "currentPassword", PortalHarness.PASSWORD, "newPassword", NEW_PASSWORD));

            assertThat(noCurrent.code()).isEqualTo("WRONG_PASSWORD");
            assertThat(reuse.json().path("rules").toString()).isEqualTo("[\"RECENTLY_USED\"]");
            assertThat(changed.status()).isEqualTo(204);
        }
    }

    @EngineTest
    void temporaryPasswordExpiresAndRequestsAreThrottledPerUsername(Database database) {
        try (PortalHarness portal = new PortalHarness(database, b -> b.passwordRequests(
                new ThrottleLimit(2, Duration.ofHours(1)), new ThrottleLimit(50, Duration.ofHours(1))))) {
            final Account admin = portal.fixtures().account(Role.admin(portal.fixtures().company().id()));
            final ApiClient client = portal.client();

            client.post("/api/first-login/temporary-password", Map.of("username", admin.username()));
            final String temporary = temporaryPassword(portal, admin.email());
            client.post("/api/first-login/temporary-password", Map.of("username", "Nobody.Else"));
            client.post("/api/first-login/temporary-password", Map.of("username", "nobody.else"));
            final ApiResponse third = client.post("/api/first-login/temporary-password",
                                                  Map.of("username", "NOBODY.else"));
            portal.clock().advance(Duration.ofHours(25));
            final ApiResponse expired = client.login(admin.username(), temporary);

            assertThat(third.status()).isEqualTo(429);
            assertThat(expired.status()).isEqualTo(401);
        }
    }

    static String temporaryPassword(PortalHarness portal, String email) {
        await().atMost(Duration.ofSeconds(10)).until(() -> portal.mails().stream()
                .anyMatch(m -> m.to().equals(email) && TEMPORARY.matcher(m.body()).find()));
        final Matcher matcher = TEMPORARY.matcher(portal.lastMailTo(email).body());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
