package io.deskprov.portal.order;

import static java.util.Objects.requireNonNull;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.deskprov.portal.auth.Caller;
import io.deskprov.portal.http.ApiException;
import io.deskprov.portal.http.Json;
import io.deskprov.store.Store;
import io.deskprov.store.Tx;
import io.deskprov.store.company.Company;
import io.deskprov.store.company.Group;
import io.deskprov.store.order.Order;
import io.deskprov.store.order.OrderStatus;
import io.deskprov.store.session.CartItem;
import io.netty.handler.codec.http.HttpResponseStatus;

/** Turns the cart into orders within the company's contingents, shows the company's orders and cancels them. */
public final class OrderService {
    private final Store store;
    private final Clock clock;

    public OrderService(Store store, Clock clock) {
        this.store = requireNonNull(store, "store");
        this.clock = requireNonNull(clock, "clock");
    }

    /**
     * Orders what the session's cart holds, one order per line, and empties the cart.
     *
     * @throws ApiException 409 {@code CART_EMPTY}, or {@code CONTINGENT_EXHAUSTED} naming the
     *         product that does not suffice
     */
    List<OrderView> orderCart(Caller admin) {
        final String session = admin.requiredSession();
        final long companyId = admin.companyId();
        return store.transaction(tx -> {
            // Two admins of one company ordering at the same instant take turns here, so the second
            // is checked against the usage the first has just ordered.
            store.companies().lock(tx, companyId);
            final List<CartItem> items = store.carts().list(tx, session);
            if (items.isEmpty()) {
                throw ApiException.conflict("CART_EMPTY", "the cart holds nothing to order");
            }
            final List<WorkplaceOrder> wanted = items.stream().map(CartLine::of).map(CartLine::workplace).toList();
            final Company company = store.companies().find(tx, companyId).orElseThrow();
            Contingents.check(company, Contingents.inUse(store, tx, companyId), Contingents.demand(wanted));
            final List<OrderView> placed = new ArrayList<>();
            for (CartItem item : items) {
                placed.add(OrderView.of(place(tx, admin, item)));
            }
            store.carts().clear(tx, session);
            return placed;
        });
    }

    private Order place(Tx tx, Caller admin, CartItem item) throws SQLException {
        final WorkplaceOrder workplace = Json.readStored(item.payload(), WorkplaceOrder.class);
        final Group group = CompanyGroups.require(store, tx, admin.companyId(), workplace.groupId());
        final LocalDate today = CompanyGroups.today(group, clock.instant());
        final LocalDate wished = requireNonNull(item.activationDate(), "activationDate");
        // A line left in the cart over midnight is carried out as soon as possible instead.
        final LocalDate date = wished.isBefore(today) ? today : wished;
        final Order order = store.orders().place(tx, admin.companyId(), admin.accountId(), date,
                                                 OrderLines.of(workplace));
        store.auditLog().append(tx, admin.audit(admin.companyId(), "order.place", "order", order.id(),
                                                workplace.firstName() + ' ' + workplace.lastName() + " on " + date
                                                + addOnNote(workplace),
                                                clock.instant()));
        return order;
    }

    private static String addOnNote(WorkplaceOrder workplace) {
        return workplace.addOns().isEmpty() ? "" : " with " + workplace.addOns();
    }

    List<OrderView> list(Caller admin) {
        return store.transaction(tx -> store.orders().listForCompany(tx, admin.companyId())).stream()
                    .map(OrderView::of)
                    .toList();
    }

    /** @throws ApiException 404 for an order of another company */
    OrderView find(Caller admin, long orderId) {
        return OrderView.of(store.transaction(tx -> require(tx, admin, orderId)));
    }

    /**
     * Cancels an order that has not run yet, which frees what it held of the contingents. A runner
     * that claimed the order first has made it RUNNING; the store's cancel then waits for that
     * claim's row lock and finds it so, and a claim that comes second passes a cancelled order over.
     *
     * @throws ApiException 404 for an order of another company, 409 {@code ORDER_NOT_CANCELLABLE}
     *         naming the status of one that is running or over
     */
    OrderView cancel(Caller admin, long orderId) {
        return store.transaction(tx -> {
            require(tx, admin, orderId);
            if (!store.orders().cancel(tx, orderId, "cancelled by " + admin.username())) {
                final OrderStatus status = require(tx, admin, orderId).status();
                throw new ApiException(HttpResponseStatus.CONFLICT, "ORDER_NOT_CANCELLABLE",
                                       "order " + orderId + " is " + status
                                       + "; only an order that is PLACED or SCHEDULED can be cancelled",
                                       Map.of("status", status.name()));
            }
            store.auditLog().append(tx, admin.audit(admin.companyId(), "order.cancel", "order", orderId, null,
                                                    clock.instant()));
            return OrderView.of(require(tx, admin, orderId));
        });
    }

    private Order require(Tx tx, Caller admin, long orderId) throws SQLException {
        return store.orders().find(tx, orderId)
                    .filter(o -> o.companyId() == admin.companyId())
                    .orElseThrow(() -> ApiException.notFound("order " + orderId));
    }
}
