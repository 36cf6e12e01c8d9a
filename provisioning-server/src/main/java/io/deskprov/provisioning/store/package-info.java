/**
 * The server's backend over the deskprov store. Entry point:
 * {@link io.deskprov.provisioning.store.StoreDeviceDirectory}.
 */
@NullMarked
package io.deskprov.provisioning.store;

import org.jspecify.annotations.NullMarked;
