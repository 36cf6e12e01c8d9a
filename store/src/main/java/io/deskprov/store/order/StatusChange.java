package io.deskprov.store.order;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One step in an order's history, with why it was taken. */
public record StatusChange(OrderStatus status, Instant changedAt, @Nullable String reason) {
}
