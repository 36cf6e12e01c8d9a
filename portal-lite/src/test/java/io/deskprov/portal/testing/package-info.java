/**
 * Test fixtures of the portal: a portal on a test database behind a certificate of a test CA,
 * and an HTTPS client that keeps its session and CSRF token.
 */
@NullMarked
package io.deskprov.portal.testing;

import org.jspecify.annotations.NullMarked;
