package io.deskprov.portal.workplace;

import org.jspecify.annotations.Nullable;

import io.deskprov.portal.http.Access;
import io.deskprov.portal.http.ApiException;
import io.deskprov.portal.http.Call;
import io.deskprov.portal.http.Response;
import io.deskprov.portal.http.Router;

/** The workplace endpoints, for admins. */
public final class WorkplaceRoutes {
    private final WorkplaceService workplaces;
    private final LoginDataService logins;
    private final PersonService persons;

    public WorkplaceRoutes(WorkplaceService workplaces, LoginDataService logins, PersonService persons) {
        this.workplaces = workplaces;
        this.logins = logins;
        this.persons = persons;
    }

    public void register(Router router) {
        router.get("/api/workplaces", Access.ADMIN, call -> Response.ok(workplaces.list(call.signedIn())))
              .get("/api/workplaces/{id}", Access.ADMIN,
                   call -> Response.ok(workplaces.find(call.signedIn(), id(call))))
              .delete("/api/workplaces/{id}", Access.ADMIN, this::delete)
              .put("/api/workplaces/{id}/group", Access.ADMIN, this::changeGroup)
              .put("/api/workplaces/{id}/person", Access.ADMIN, this::changePerson)
              .get("/api/workplaces/{id}/login", Access.ADMIN,
                   call -> Response.ok(logins.find(call.signedIn(), id(call))))
              .put("/api/workplaces/{id}/login", Access.ADMIN, this::changeLogin)
              .post("/api/workplaces/{id}/activation-mail", Access.ADMIN, this::resendActivation);
    }

    private Response delete(Call call) {
        workplaces.delete(call.signedIn(), id(call));
        return Response.noContent();
    }

    private Response changeGroup(Call call) {
        final GroupChoice choice = call.body(GroupChoice.class);
        workplaces.changeGroup(call.signedIn(), id(call), ApiException.required(choice.groupId(), "groupId"));
        return Response.noContent();
    }

    private Response changePerson(Call call) {
        return Response.ok(persons.change(call.signedIn(), id(call), call.body(PersonService.PersonChange.class)));
    }

    private Response changeLogin(Call call) {
        return Response.ok(logins.change(call.signedIn(), id(call), call.body(LoginDataService.LoginChange.class)));
    }

    private Response resendActivation(Call call) {
        return Response.accepted(logins.resendActivation(call.signedIn(), id(call)));
    }

    private static long id(Call call) {
        return call.request().pathId("id");
    }

    record GroupChoice(@Nullable Long groupId) {
    }
}
