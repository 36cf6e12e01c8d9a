package io.deskprov.portal.order;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.deskprov.store.company.Product;
import io.deskprov.store.order.ItemKind;
import io.deskprov.store.order.Order;
import io.deskprov.store.order.OrderItem;
import io.deskprov.store.order.OrderStatus;
import io.deskprov.store.order.StatusChange;

/** An order as the API shows it, with its lines read and its history, oldest step first. */
record OrderView(long id, OrderStatus status, LocalDate activationDate, Instant placedAt, int attempts,
                 @Nullable Instant nextAttemptAt, @Nullable Instant executedAt, List<Line> items,
                 List<StatusChange> history) {

    static OrderView of(Order order) {
        final List<Line> lines = order.items().stream().map(Line::of).toList();
        return new OrderView(order.id(), order.status(), order.activationDate(), order.placedAt(), order.attempts(),
                             order.nextAttemptAt(), order.executedAt(), lines, order.history());
    }

    /**
     * @param workplace what a WORKPLACE line orders, else null
     * @param addOn the package an ADD_ON line books, else null
     * @param workplaceId the workplace the line made or was booked for, once the order ran
     */
    record Line(long id, ItemKind kind, @Nullable WorkplaceOrder workplace, @Nullable Product addOn,
                @Nullable Long workplaceId) {

        static Line of(OrderItem item) {
            final boolean workplace = item.kind() == ItemKind.WORKPLACE;
            return new Line(item.id(), item.kind(), workplace ? OrderLines.workplace(item) : null,
                            workplace ? null : OrderLines.addOn(item), item.workplaceId());
        }
    }
}
