/**
 * A company's desk phones: adding, assigning to workplaces, phones seen but not yet known, and
 * resync or reboot requests. Entry points: {@link io.deskprov.portal.device.DeviceService},
 * {@link io.deskprov.portal.device.CheckSync}, {@link io.deskprov.portal.device.NewDevices}.
 */
@NullMarked
package io.deskprov.portal.device;

import org.jspecify.annotations.NullMarked;
