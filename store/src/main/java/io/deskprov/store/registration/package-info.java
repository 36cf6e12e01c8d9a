/**
 * Registration bindings of SIP accounts (RFC 3261 section 10.3), kept in the database so that
 * every node sees every binding and bindings outlive a restart. Entry point: {@link
 * io.deskprov.store.registration.BindingRepository}.
 */
@NullMarked
package io.deskprov.store.registration;

import org.jspecify.annotations.NullMarked;
