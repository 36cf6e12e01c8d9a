package io.deskprov.store.order;

import org.jspecify.annotations.Nullable;

/**
 * A line of an order.
 *
 * @param workplaceId the workplace this line made once the order ran, else null
 */
public record OrderItem(long id, ItemKind kind, String payload, @Nullable Long workplaceId) {
}
