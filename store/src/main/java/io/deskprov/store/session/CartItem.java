package io.deskprov.store.session;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import io.deskprov.store.order.ItemKind;

/**
 * A line in a session's cart.
 *
 * @param payload what the line buys, in the portal's own format
 * @param activationDate the wished activation date, or null for the earliest possible
 */
public record CartItem(long id, String sessionId, long companyId, ItemKind kind, String payload,
                       @Nullable LocalDate activationDate, Instant createdAt) {
}
