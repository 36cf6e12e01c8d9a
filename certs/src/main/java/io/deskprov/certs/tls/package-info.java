/**
 * Key material and trust for TLS listeners: {@link io.deskprov.certs.tls.ReloadingKeyMaterial}
 * follows certificate and key files on disk, its key manager serves the current material to a
 * JDK {@code SSLContext}, and {@link io.deskprov.certs.tls.DeviceTrustManager} accepts only
 * device certificates that {@link io.deskprov.certs.device.DeviceCertificateVerifier} accepts.
 */
@NullMarked
package io.deskprov.certs.tls;

import org.jspecify.annotations.NullMarked;
