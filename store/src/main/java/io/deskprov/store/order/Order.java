package io.deskprov.store.order;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A customer order with its lines and its history, oldest step first.
 *
 * @param placedBy the account that placed it, null once that account is gone
 * @param activationDate the day it is to be carried out
 * @param attempts how often a node has claimed it
 * @param nextAttemptAt for a rescheduled order, the earliest instant it is claimed again
 */
public record Order(long id, long companyId, @Nullable Long placedBy, Instant placedAt, LocalDate activationDate,
                    OrderStatus status, int attempts, @Nullable Instant nextAttemptAt,
                    @Nullable Instant executedAt, List<OrderItem> items, List<StatusChange> history) {

    public Order {
        items = List.copyOf(items);
        history = List.copyOf(history);
    }
}
