package io.deskprov.portal.user;

import io.deskprov.portal.http.Access;
import io.deskprov.portal.http.Response;
import io.deskprov.portal.http.Router;

/** The endpoints of a workplace's user. */
public final class UserRoutes {
    private final UserService users;

    public UserRoutes(UserService users) {
        this.users = users;
    }

    public void register(Router router) {
        router.get("/api/me", Access.USER, call -> Response.ok(users.overview(call.signedIn())))
              .get("/api/me/settings", Access.USER, call -> Response.ok(users.settings(call.signedIn(), false)))
              .get("/api/me/settings/expert", Access.USER,
                   call -> Response.ok(users.settings(call.signedIn(), true)));
    }
}
