package io.deskprov.provisioning;

import static java.util.Objects.requireNonNull;

import io.deskprov.certs.device.DeviceCertificateVerifier;
import io.deskprov.certs.tls.ReloadingKeyMaterial;

/**
 * The TLS side of the server: its certificate and key, re-read when renewed, and the verifier of
 * the client certificates phones present.
 */
public record ServerTls(ReloadingKeyMaterial keyMaterial, DeviceCertificateVerifier verifier) {

    public ServerTls {
        requireNonNull(keyMaterial, "keyMaterial");
        requireNonNull(verifier, "verifier");
    }
}
