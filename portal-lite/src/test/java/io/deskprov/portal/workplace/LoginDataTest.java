package io.deskprov.portal.workplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.Map;

import io.deskprov.portal.testing.ApiClient;
import io.deskprov.portal.testing.ApiResponse;
import io.deskprov.portal.testing.PortalHarness;
import io.deskprov.portal.testing.StaffedWorkplace;
import io.deskprov.store.Database;
import io.deskprov.store.company.Company;
import io.deskprov.store.testing.EngineTest;

class LoginDataTest {

    @EngineTest
    void adminChangesLoginDataAndResendsTheActivationMail(Database database) {
        try (PortalHarness portal = new PortalHarness(database)) {
            final Company company = portal.fixtures().company();
            final StaffedWorkplace staffed = StaffedWorkplace.in(portal, company);
            final ApiClient admin = portal.admin(company);
            final String path = "/api/workplaces/" + staffed.workplace().id();

            final ApiResponse before = admin.get(path + "/login");
            final ApiResponse changed = admin.put(path + "/login", Map.of("username", "Erika.Neu",
                                                                          "email", "erika.neu@example.com"));
            final ApiResponse resent = admin.post(path + "/activation-mail", "");

            assertThat(before.json().path("username").asText()).isEqualTo(staffed.user().username());
            assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
            assertThat(changed.json().path("username").asText()).isEqualTo("erika.neu");
            assertThat(resent.status()).isEqualTo(202);
            await().until(() -> portal.mails().stream().anyMatch(m -> m.to().equals("erika.neu@example.com")));
            assertThat(portal.lastMailTo("erika.neu@example.com").body()).contains("erika.neu");
            assertThat(portal.client().login("erika.neu", PortalHarness.PASSWORD).status()).isEqualTo(200);
            assertThat(portal.auditActions(company))
                    .contains("workplace.login.change", "workplace.activation.resend");
        }
    }

    @EngineTest
    void takenUsernameAndBadAddressAreRefused(Database database) {
        try (PortalHarness portal = new PortalHarness(database)) {
            final Company company = portal.fixtures().company();
            final StaffedWorkplace one = StaffedWorkplace.in(portal, company);
            final StaffedWorkplace two = StaffedWorkplace.in(portal, company);
            final ApiClient admin = portal.admin(company);
            final String path = "/api/workplaces/" + one.workplace().id() + "/login";

            final ApiResponse taken = admin.put(path, Map.of("username", two.user().username().toUpperCase()));
            final ApiResponse badMail = admin.put(path, Map.of("email", "not-an-address"));
            final ApiResponse badName = admin.put(path, Map.of("username", "x"));

            assertThat(taken.status()).isEqualTo(409);
            assertThat(taken.code()).isEqualTo("USERNAME_TAKEN");
            assertThat(taken.detail()).contains(two.user().username());
            assertThat(badMail.status()).isEqualTo(400);
            assertThat(badName.status()).isEqualTo(400);
        }
    }
}
