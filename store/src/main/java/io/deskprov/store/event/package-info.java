/**
 * The log of files phones fetched or uploaded, written in batches. Entry point: {@link
 * io.deskprov.store.event.ProvisioningEventRepository}.
 */
@NullMarked
package io.deskprov.store.event;

import org.jspecify.annotations.NullMarked;
