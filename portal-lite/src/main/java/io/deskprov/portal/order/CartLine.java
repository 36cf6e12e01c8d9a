package io.deskprov.portal.order;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import io.deskprov.portal.http.Json;
import io.deskprov.store.session.CartItem;

/** A cart line as the API shows it. */
record CartLine(long id, LocalDate activationDate, WorkplaceOrder workplace, Instant createdAt) {

    static CartLine of(CartItem item) {
        return new CartLine(item.id(), Objects.requireNonNull(item.activationDate(), "activationDate"),
                            Json.readStored(item.payload(), WorkplaceOrder.class), item.createdAt());
    }
}
