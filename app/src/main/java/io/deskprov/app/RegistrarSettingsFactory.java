package io.deskprov.app;

import io.deskprov.app.config.Configuration;
import io.deskprov.app.config.Keys;
import io.deskprov.registrar.RegistrarSettings;
import io.deskprov.store.SecretBox;

/** The registrar's settings from the configuration. */
final class RegistrarSettingsFactory {
    private RegistrarSettingsFactory() {
    }

    /**
     * Builds the settings. The nonce key is derived from the secrets key, so every node sharing
     * the database (and so the key file) accepts the nonces of the others.
     *
     * @throws IllegalArgumentException naming a setting the registrar refuses
     */
    static RegistrarSettings from(Configuration config, SecretBox secrets) {
        return RegistrarSettings.builder()
                                .bindAddress(config.get(Keys.SIP_BIND_ADDRESS))
                                .udpPort(config.get(Keys.SIP_UDP_PORT))
                                .tcpPort(config.get(Keys.SIP_TCP_PORT))
                                .tlsPort(config.get(Keys.SIP_TLS_PORT))
                                .maxConnections(config.get(Keys.SIP_MAX_CONNECTIONS))
                                .maxContactsPerAor(config.get(Keys.SIP_MAX_CONTACTS))
                                .minExpires(config.get(Keys.SIP_MIN_EXPIRES))
                                .maxExpires(config.get(Keys.SIP_MAX_EXPIRES))
                                .probeInterval(config.get(Keys.SIP_PROBE_INTERVAL))
                                .authFailureThreshold(config.get(Keys.SIP_AUTH_FAILURE_THRESHOLD))
                                .blockDuration(config.get(Keys.SIP_BLOCK_DURATION))
                                .nonceSecret(secrets.deriveKey("sip nonces"))
                                .build();
    }
}
