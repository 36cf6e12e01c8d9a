/**
 * The SIP registrar of the phones. Entry points: {@link io.deskprov.registrar.Registrar#start}
 * with {@link io.deskprov.registrar.RegistrarSettings}; {@link
 * io.deskprov.registrar.DeviceStatusQuery} for the portal's view of a phone's registration;
 * {@link io.deskprov.registrar.Registrar#checkSync} to make a phone fetch its configuration.
 */
@NullMarked
package io.deskprov.registrar;

import org.jspecify.annotations.NullMarked;
