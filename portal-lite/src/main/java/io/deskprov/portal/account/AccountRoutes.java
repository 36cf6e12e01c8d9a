package io.deskprov.portal.account;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.deskprov.portal.http.Access;
import io.deskprov.portal.http.ApiException;
import io.deskprov.portal.http.Call;
import io.deskprov.portal.http.Response;
import io.deskprov.portal.http.Router;

/** First-login and password endpoints. */
public final class AccountRoutes {
    /** The one answer to every temporary password request, whether or not the username exists. */
    static final Map<String, String> REQUESTED = Map.of(
            "status", "If the username belongs to an account, a temporary password has been mailed to it.");

    private final FirstLoginService firstLogin;

    public AccountRoutes(FirstLoginService firstLogin) {
        this.firstLogin = firstLogin;
    }

    public void register(Router router) {
        router.post("/api/first-login/temporary-password", Access.PUBLIC, this::requestTemporary)
              .put("/api/account/password", Access.SIGNED_IN, this::setPassword);
    }

    private Response requestTemporary(Call call) {
        final String username = ApiException.required(call.body(UsernameOnly.class).username(), "username");
        firstLogin.requestTemporaryPassword(username, call.request().remoteAddress());
        return Response.accepted(REQUESTED);
    }

    private Response setPassword(Call call) {
        final PasswordChange change = call.body(PasswordChange.class);
        firstLogin.setPassword(call.signedIn(), change.currentPassword() == null ? "" : change.currentPassword(),
                               ApiException.required(change.newPassword(), "newPassword"));
        return Response.noContent();
    }

    record UsernameOnly(@Nullable String username) {
    }

    record PasswordChange(@Nullable String currentPassword, @Nullable String newPassword) {
        @Override
        public String toString() {
            return "PasswordChange[]";
        }
    }
}
