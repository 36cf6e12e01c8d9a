/**
 * Login sessions shared by every node, and the shopping cart that lives as long as its session.
 * Entry points: {@link io.deskprov.store.session.LoginSessionRepository} and {@link
 * io.deskprov.store.session.CartRepository}.
 */
@NullMarked
package io.deskprov.store.session;

import org.jspecify.annotations.NullMarked;
