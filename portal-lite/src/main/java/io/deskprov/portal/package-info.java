/**
 * The self-service portal as a JSON API over HTTPS. Entry points: {@link
 * io.deskprov.portal.Portal} and {@link io.deskprov.portal.PortalSettings}.
 */
@NullMarked
package io.deskprov.portal;

import org.jspecify.annotations.NullMarked;
