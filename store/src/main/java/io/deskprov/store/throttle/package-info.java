/**
 * Attempt counts in fixed windows, kept in the database so that nodes sharing it share a limit.
 * Entry point: {@link io.deskprov.store.throttle.ThrottleRepository}.
 */
@NullMarked
package io.deskprov.store.throttle;

import org.jspecify.annotations.NullMarked;
