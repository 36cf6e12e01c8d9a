/**
 * Phones that asked for their files with a genuine vendor User-Agent but belong to nobody yet,
 * so that admins can pick them. Entry point: {@link io.deskprov.store.seen.SeenDeviceRepository}.
 */
@NullMarked
package io.deskprov.store.seen;

import org.jspecify.annotations.NullMarked;
