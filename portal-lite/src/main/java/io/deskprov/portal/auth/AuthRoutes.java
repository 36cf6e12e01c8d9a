package io.deskprov.portal.auth;

import java.util.List;

import org.jspecify.annotations.Nullable;

import io.deskprov.portal.http.Access;
import io.deskprov.portal.http.ApiException;
import io.deskprov.portal.http.Call;
import io.deskprov.portal.http.Response;
import io.deskprov.portal.http.Router;
import io.deskprov.store.account.Role;
import io.deskprov.store.account.RoleName;

/** The session and token endpoints. */
public final class AuthRoutes {
    private static final String COOKIE_ATTRIBUTES = "; Path=/; Secure; HttpOnly; SameSite=Strict";

    private final SessionService sessions;
    private final TokenService tokens;

    public AuthRoutes(SessionService sessions, TokenService tokens) {
        this.sessions = sessions;
        this.tokens = tokens;
    }

    public void register(Router router) {
        router.post("/api/session", Access.PUBLIC, this::login)
              .get("/api/session", Access.SIGNED_IN, call -> Response.ok(SessionView.of(call.signedIn(), null)))
              .delete("/api/session", Access.SIGNED_IN, this::logout)
              .put("/api/session/role", Access.SIGNED_IN, this::switchRole)
              .post("/api/tokens", Access.ANY_ROLE, this::createToken)
              .get("/api/tokens", Access.SIGNED_IN, call -> Response.ok(tokens.list(call.signedIn())))
              .delete("/api/tokens/{id}", Access.SIGNED_IN, this::revokeToken);
    }

    private Response login(Call call) {
        final Credentials credentials = call.body(Credentials.class);
        if (credentials.username() == null || credentials.password() == null) {
            throw ApiException.badRequest("INVALID_INPUT", "username and password are required");
        }
        final SessionService.LoginResult result = sessions.login(credentials.username(), credentials.password(),
                                                                 call.request().remoteAddress());
        return Response.ok(SessionView.of(result.caller(), result.csrfToken()))
                       .withCookie(RequestAuthenticator.SESSION_COOKIE + '=' + result.cookie() + COOKIE_ATTRIBUTES);
    }

    private Response logout(Call call) {
        sessions.logout(call.signedIn());
        return Response.noContent().withCookie(RequestAuthenticator.SESSION_COOKIE + "=; Max-Age=0"
                                               + COOKIE_ATTRIBUTES);
    }

    private Response switchRole(Call call) {
        final RoleChoice choice = call.body(RoleChoice.class);
        if (choice.role() == null) {
            throw ApiException.badRequest("INVALID_INPUT", "role is required");
        }
        return Response.ok(SessionView.of(sessions.switchRole(call.signedIn(), choice.role()), null));
    }

    private Response createToken(Call call) {
        final TokenRequest request = call.body(TokenRequest.class);
        if (request.name() == null || request.name().isBlank()) {
            throw ApiException.badRequest("INVALID_INPUT", "name is required");
        }
        final Caller caller = call.signedIn();
        caller.requiredSession();
        final TokenService.NewToken made = tokens.create(caller, request.name());
        return Response.created(new TokenView(made.token().id(), made.token().name(), made.value()));
    }

    private Response revokeToken(Call call) {
        tokens.revoke(call.signedIn(), call.request().pathId("id"));
        return Response.noContent();
    }

    record Credentials(@Nullable String username, @Nullable String password) {
        @Override
        public String toString() {
            return "Credentials[username=" + username + ']';
        }
    }

    record RoleChoice(@Nullable RoleName role) {
    }

    record TokenRequest(@Nullable String name) {
    }

    record TokenView(long id, String name, String token) {
    }

    /** What a client learns about its session; the CSRF token only at login. */
    record SessionView(String username, RoleName activeRole, List<Role> roles, boolean mustSetPassword,
                       @Nullable String csrfToken) {
        static SessionView of(Caller caller, @Nullable String csrfToken) {
            return new SessionView(caller.username(), caller.activeRole(), caller.roles(), caller.mustSetPassword(),
                                   csrfToken);
        }
    }
}
