/**
 * The SIP registrar of the phones. Entry points: {@link io.deskprov.registrar.Registrar#start}
 * with {@link io.deskprov.registrar.RegistrarSettings}; {@link
 * io.deskprov.registrar.Registrar#checkSync} to make a phone fetch its configuration. What a
 * phone's registration looks like from outside is read from the store's bindings by {@link
 * io.deskprov.store.registration.DeviceStatusQuery}.
 */
@NullMarked
package io.deskprov.registrar;

import org.jspecify.annotations.NullMarked;
