/**
 * The portal's thin HTTP layer over Netty: routing, JSON, sessions and tokens on each request,
 * CSRF checks and RFC 9457 problem details. Feature packages register their routes on a {@link
 * io.deskprov.portal.http.Router}; {@link io.deskprov.portal.http.PortalServer} serves them.
 */
@NullMarked
package io.deskprov.portal.http;

import org.jspecify.annotations.NullMarked;
