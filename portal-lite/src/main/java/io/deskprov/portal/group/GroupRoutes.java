package io.deskprov.portal.group;

import io.deskprov.portal.http.Access;
import io.deskprov.portal.http.Call;
import io.deskprov.portal.http.Response;
import io.deskprov.portal.http.Router;
import io.deskprov.store.company.NewGroup;

/** The group endpoints. */
public final class GroupRoutes {
    private final GroupService groups;

    public GroupRoutes(GroupService groups) {
        this.groups = groups;
    }

    public void register(Router router) {
        router.get("/api/groups", Access.ADMIN, call -> Response.ok(groups.list(call.signedIn())))
              .post("/api/groups", Access.ADMIN, this::create);
    }

    private Response create(Call call) {
        return Response.created(groups.create(call.signedIn(), call.body(NewGroup.class)));
    }
}
