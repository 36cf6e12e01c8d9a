/**
 * Public keys and certificates of deskprov: our own certificate authority, TLS key material for
 * the listeners, and trust in device certificates.
 *
 * <p>Entry points: {@link io.deskprov.certs.ca.CertificateAuthority} and
 * {@link io.deskprov.certs.ca.ServerCertificateBootstrap} to make and load certificates,
 * {@link io.deskprov.certs.tls.ReloadingKeyMaterial} and the key and trust managers beside it for
 * TLS listeners, {@link io.deskprov.certs.device.DeviceCertificateVerifier} for client
 * certificates of phones, and {@link CertificateInfo} to show a certificate file. Failures that an
 * operator can cause are {@link PkiException}s whose message is safe to print.
 */
@NullMarked
package io.deskprov.certs;

import org.jspecify.annotations.NullMarked;
