package io.deskprov.app;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;

import org.jspecify.annotations.Nullable;

import io.deskprov.app.config.Configuration;
import io.deskprov.app.config.Keys;
import io.deskprov.app.pki.Pki;
import io.deskprov.portal.Portal;
import io.deskprov.portal.PortalSettings;
import io.deskprov.portal.device.CheckSync;
import io.deskprov.portal.mail.MailSettings;
import io.deskprov.registrar.Registrar;
import io.deskprov.store.Store;
import io.micrometer.core.instrument.MeterRegistry;

/** Puts the portal together from the configuration, the store and the PKI. */
final class PortalWiring {
    private PortalWiring() {
    }

    /**
     * Starts the portal's JSON API on its own port, with the server certificate the other
     * listeners serve.
     *
     * @throws IllegalArgumentException naming a setting the portal refuses
     */
    static Portal start(Configuration config, Path dataDir, Store store, Pki pki, @Nullable Registrar registrar,
                        MeterRegistry registry, Clock clock) {
        final PortalSettings settings = PortalSettings.builder()
                .address(new InetSocketAddress(config.get(Keys.PORTAL_HOST), config.get(Keys.PORTAL_PORT)))
                .sessionIdleTimeout(config.get(Keys.PORTAL_SESSION_IDLE_TIMEOUT))
                .sessionMaxLifetime(config.get(Keys.PORTAL_SESSION_MAX_LIFETIME))
                .baseUrl(baseUrl(config))
                .provisioningUrl(ProvisioningWiring.provisioningUrl(config))
                .sipDomain(sipDomain(config))
                .mail(mail(config, dataDir))
                .build();
        // With a registrar on this node, an admin's resync or reboot reaches the phone as a NOTIFY.
        final CheckSync checkSync = registrar == null ? null
                : (device, action, requestedBy) -> registrar.checkSync(device.id(), action == CheckSync.Action.REBOOT);
        return Portal.start(settings, store, clock, registry, Portal.sslContext(pki.serverKeyMaterial()), checkSync);
    }

    static URI baseUrl(Configuration config) {
        if (!config.isEmpty(Keys.PORTAL_BASE_URL)) {
            return ProvisioningWiring.checkedUrl(Keys.PORTAL_BASE_URL.name(), config.get(Keys.PORTAL_BASE_URL));
        }
        return URI.create("https://" + firstName(config) + ':' + config.get(Keys.PORTAL_PORT) + '/');
    }

    private static String sipDomain(Configuration config) {
        return config.isEmpty(Keys.PORTAL_SIP_DOMAIN) ? Pki.hostNames(config).get(0)
                                                      : config.get(Keys.PORTAL_SIP_DOMAIN);
    }

    private static String firstName(Configuration config) {
        final String name = Pki.hostNames(config).get(0);
        return name.contains(":") ? '[' + name + ']' : name;
    }

    private static MailSettings mail(Configuration config, Path dataDir) {
        final MailSettings.Builder mail = MailSettings.builder().from(config.get(Keys.MAIL_FROM));
        if (config.isEmpty(Keys.MAIL_SMTP_HOST)) {
            return mail.directory(dataDir.resolve("mail")).build();
        }
        final boolean login = !config.isEmpty(Keys.MAIL_SMTP_USERNAME);
        return mail.smtp(config.get(Keys.MAIL_SMTP_HOST), config.get(Keys.MAIL_SMTP_PORT),
                         config.get(Keys.MAIL_SMTP_SECURITY),
                         login ? config.get(Keys.MAIL_SMTP_USERNAME) : null,
                         login ? config.get(Keys.MAIL_SMTP_PASSWORD) : null)
                   .build();
    }
}
