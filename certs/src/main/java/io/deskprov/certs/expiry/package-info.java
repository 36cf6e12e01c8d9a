/**
 * Watching the certificates in use for their expiry:
 * {@link io.deskprov.certs.expiry.CertificateExpiryMonitor}.
 */
@NullMarked
package io.deskprov.certs.expiry;

import org.jspecify.annotations.NullMarked;
