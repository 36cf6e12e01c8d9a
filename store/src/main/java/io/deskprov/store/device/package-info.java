/**
 * Desk phones: their identity, owner, assignment and provisioning credentials. Entry point:
 * {@link io.deskprov.store.device.DeviceRepository}.
 */
@NullMarked
package io.deskprov.store.device;

import org.jspecify.annotations.NullMarked;
