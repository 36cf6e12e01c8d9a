package io.deskprov.portal.order;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.deskprov.portal.http.Json;
import io.deskprov.store.order.Order;
import io.deskprov.store.order.OrderStatus;
import io.deskprov.store.order.StatusChange;

/** An order as the API shows it, with its lines read and its history, oldest step first. */
record OrderView(long id, OrderStatus status, LocalDate activationDate, Instant placedAt, int attempts,
                 @Nullable Instant nextAttemptAt, @Nullable Instant executedAt, List<Line> items,
                 List<StatusChange> history) {

    static OrderView of(Order order) {
        final List<Line> lines = order.items().stream()
                                      .map(i -> new Line(i.id(), Json.readStored(i.payload(), WorkplaceOrder.class),
                                                         i.workplaceId()))
                                      .toList();
        return new OrderView(order.id(), order.status(), order.activationDate(), order.placedAt(), order.attempts(),
                             order.nextAttemptAt(), order.executedAt(), lines, order.history());
    }

    /** @param workplaceId the workplace the line made, once the order ran */
    record Line(long id, WorkplaceOrder workplace, @Nullable Long workplaceId) {
    }
}
