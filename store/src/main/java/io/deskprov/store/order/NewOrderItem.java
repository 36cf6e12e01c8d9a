package io.deskprov.store.order;

import static java.util.Objects.requireNonNull;

/**
 * A line of an order being placed.
 *
 * @param payload what the line buys, in the portal's own format
 */
public record NewOrderItem(ItemKind kind, String payload) {

    public NewOrderItem {
        requireNonNull(kind, "kind");
        requireNonNull(payload, "payload");
    }
}
