/**
 * Who is calling: login with lockout and throttling, server-side sessions with CSRF tokens, role
 * switching and API tokens. Entry points: {@link io.deskprov.portal.auth.SessionService} and
 * {@link io.deskprov.portal.auth.Caller}.
 */
@NullMarked
package io.deskprov.portal.auth;

import org.jspecify.annotations.NullMarked;
