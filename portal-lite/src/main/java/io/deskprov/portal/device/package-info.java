/**
 * Desk phones of a company: adding, assigning, taking over seen phones, resync and reboot
 * requests through {@link io.deskprov.portal.device.CheckSync}, and their status through {@link
 * io.deskprov.portal.device.DeviceStatusSource}. Entry point: {@link io.deskprov.portal.device.DeviceService}.
 */
@NullMarked
package io.deskprov.portal.device;

import org.jspecify.annotations.NullMarked;
