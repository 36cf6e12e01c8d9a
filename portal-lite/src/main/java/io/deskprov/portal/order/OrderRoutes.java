package io.deskprov.portal.order;

import io.deskprov.portal.http.Access;
import io.deskprov.portal.http.Call;
import io.deskprov.portal.http.Response;
import io.deskprov.portal.http.Router;

/** The cart and order endpoints, for admins. */
public final class OrderRoutes {
    private final CartService cart;
    private final OrderService orders;

    public OrderRoutes(CartService cart, OrderService orders) {
        this.cart = cart;
        this.orders = orders;
    }

    public void register(Router router) {
        router.get("/api/cart/items", Access.ADMIN, call -> Response.ok(cart.list(call.signedIn())))
              .post("/api/cart/items", Access.ADMIN, this::addToCart)
              .delete("/api/cart/items/{id}", Access.ADMIN, this::removeFromCart)
              .post("/api/orders", Access.ADMIN, call -> Response.created(orders.orderCart(call.signedIn())))
              .get("/api/orders", Access.ADMIN, call -> Response.ok(orders.list(call.signedIn())))
              .get("/api/orders/{id}", Access.ADMIN,
                   call -> Response.ok(orders.find(call.signedIn(), call.request().pathId("id"))))
              .post("/api/orders/{id}/cancel", Access.ADMIN,
                    call -> Response.ok(orders.cancel(call.signedIn(), call.request().pathId("id"))));
    }

    private Response addToCart(Call call) {
        return Response.created(cart.add(call.signedIn(), call.body(OrderRequest.class)));
    }

    private Response removeFromCart(Call call) {
        cart.remove(call.signedIn(), call.request().pathId("id"));
        return Response.noContent();
    }
}
