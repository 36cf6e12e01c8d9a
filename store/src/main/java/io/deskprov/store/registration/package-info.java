/**
 * Registration bindings of SIP accounts (RFC 3261 section 10.3), kept in the database so that
 * every node sees every binding and bindings outlive a restart, and what they tell about a phone.
 * Entry points: {@link io.deskprov.store.registration.BindingRepository}, {@link
 * io.deskprov.store.registration.DeviceStatusQuery}.
 */
@NullMarked
package io.deskprov.store.registration;

import org.jspecify.annotations.NullMarked;
