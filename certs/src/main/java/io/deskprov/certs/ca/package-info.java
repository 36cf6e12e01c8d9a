/**
 * Our own certificate authority: {@link io.deskprov.certs.ca.CertificateAuthority} creates,
 * stores and loads the CA and issues server and device certificates and CRLs with it;
 * {@link io.deskprov.certs.ca.ServerCertificateBootstrap} prepares the TLS files at first start.
 */
@NullMarked
package io.deskprov.certs.ca;

import org.jspecify.annotations.NullMarked;
