package io.deskprov.portal.company;

import io.deskprov.portal.http.Access;
import io.deskprov.portal.http.Call;
import io.deskprov.portal.http.Response;
import io.deskprov.portal.http.Router;

/** The company endpoints. */
public final class CompanyRoutes {
    private final CompanyService companies;

    public CompanyRoutes(CompanyService companies) {
        this.companies = companies;
    }

    public void register(Router router) {
        router.post("/api/companies", Access.OPERATOR, this::create)
              .get("/api/companies", Access.OPERATOR, call -> Response.ok(companies.list()))
              .get("/api/company", Access.ADMIN, call -> Response.ok(companies.own(call.signedIn())));
    }

    private Response create(Call call) {
        return Response.created(companies.create(call.signedIn(), call.body(CompanyService.CompanyRequest.class)));
    }
}
