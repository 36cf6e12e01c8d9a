/**
 * Customer orders: placed by a company admin, run once on their activation date by whichever
 * node claims them first, with a status history. Entry point: {@link
 * io.deskprov.store.order.OrderRepository}.
 */
@NullMarked
package io.deskprov.store.order;

import org.jspecify.annotations.NullMarked;
