package io.deskprov.portal.order;

import java.sql.SQLException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.deskprov.portal.http.ApiException;
import io.deskprov.store.Store;
import io.deskprov.store.Tx;
import io.deskprov.store.company.Company;
import io.deskprov.store.company.Product;
import io.deskprov.store.order.ItemKind;
import io.deskprov.store.order.Order;
import io.deskprov.store.order.OrderStatus;
import io.deskprov.store.workplace.Workplace;
import io.deskprov.store.workplace.WorkplaceState;
import io.netty.handler.codec.http.HttpResponseStatus;

/**
 * What a company has used of its contingents: active workplaces and those ordered but not yet
 * carried out, and the clients booked with either.
 */
final class Contingents {
    private static final Set<OrderStatus> PENDING = Set.of(OrderStatus.PLACED, OrderStatus.SCHEDULED,
                                                           OrderStatus.RUNNING);

    private Contingents() {
    }

    /** How many of each product the orders would take. */
    static Map<Product, Integer> demand(Collection<WorkplaceOrder> orders) {
        final Map<Product, Integer> demand = new EnumMap<>(Product.class);
        for (WorkplaceOrder order : orders) {
            demand.merge(Product.WORKPLACE, 1, Integer::sum);
            order.addOns().forEach(product -> demand.merge(product, 1, Integer::sum));
        }
        return demand;
    }

    /**
     * How many of each product the company holds or has ordered: workplaces active or ordered, and
     * the add-ons booked with them. Workplaces made outside any order count with no add-ons.
     */
    static Map<Product, Integer> inUse(Store store, Tx tx, long companyId) throws SQLException {
        final Set<Long> active = store.workplaces().listForCompany(tx, companyId).stream()
                                      .filter(w -> w.state() == WorkplaceState.ACTIVE)
                                      .map(Workplace::id)
                                      .collect(Collectors.toSet());
        final Map<Product, Integer> used = new EnumMap<>(Product.class);
        int ordered = 0;
        for (Order order : store.orders().listForCompany(tx, companyId)) {
            final boolean pending = PENDING.contains(order.status());
            final boolean live = order.items().stream()
                                      .anyMatch(i -> i.workplaceId() != null && active.contains(i.workplaceId()));
            if (pending || live) {
                OrderLines.addOns(order).forEach(product -> used.merge(product, 1, Integer::sum));
            }
            if (pending) {
                ordered += (int) order.items().stream().filter(i -> i.kind() == ItemKind.WORKPLACE).count();
            }
        }
        used.put(Product.WORKPLACE, active.size() + ordered);
        return used;
    }

    /**
     * Refuses the demand when it does not fit a contingent.
     *
     * @throws ApiException 409 {@code CONTINGENT_EXHAUSTED} naming the product, such as
     *         "WORKPLACE: 10 of 10 used"
     */
    static void check(Company company, Map<Product, Integer> used, Map<Product, Integer> demand) {
        for (Product product : Product.values()) {
            final int wanted = demand.getOrDefault(product, 0);
            final int taken = used.getOrDefault(product, 0);
            if (wanted > 0 && taken + wanted > company.contingent(product)) {
                throw new ApiException(HttpResponseStatus.CONFLICT, "CONTINGENT_EXHAUSTED",
                                       product + ": " + taken + " of " + company.contingent(product)
                                       + " used, the cart needs " + wanted,
                                       Map.of("product", product.name(), "used", taken,
                                              "contingent", company.contingent(product), "requested", wanted));
            }
        }
    }
}
