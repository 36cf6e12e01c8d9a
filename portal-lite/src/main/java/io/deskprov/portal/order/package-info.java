/**
 * The cart, orders and their execution: an admin collects workplace orders in the session's cart,
 * orders them within the company's contingents, and the {@link io.deskprov.portal.order.OrderRunner}
 * carries each out on its activation date. Entry points: {@link io.deskprov.portal.order.CartService},
 * {@link io.deskprov.portal.order.OrderService}, {@link io.deskprov.portal.order.OrderRunner}.
 */
@NullMarked
package io.deskprov.portal.order;

import org.jspecify.annotations.NullMarked;
