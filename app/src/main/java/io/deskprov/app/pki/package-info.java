/**
 * The node's PKI as configured: our CA or the operator's certificate, the server key material
 * the TLS listeners serve, device certificates and their revocation. Entry point:
 * {@link io.deskprov.app.pki.Pki}.
 */
@NullMarked
package io.deskprov.app.pki;

import org.jspecify.annotations.NullMarked;
