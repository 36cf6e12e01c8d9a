package io.deskprov.app;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import io.deskprov.app.config.Configuration;
import io.deskprov.app.config.Keys;
import io.deskprov.app.pki.Pki;
import io.deskprov.provisioning.ProvisioningBackend;
import io.deskprov.provisioning.ProvisioningServer;
import io.deskprov.provisioning.ProvisioningServerSettings;
import io.deskprov.provisioning.ServerTls;
import io.deskprov.provisioning.store.StoreConfigFiles;
import io.deskprov.provisioning.store.StoreDeviceDirectory;
import io.deskprov.provisioning.store.StoreFailureCounts;
import io.deskprov.provisioning.store.StoreRecorder;
import io.deskprov.store.Store;
import io.deskprov.templates.ProvisioningRenderer;
import io.deskprov.templates.catalog.ModelCatalog;
import io.micrometer.core.instrument.MeterRegistry;

/** Puts the provisioning server together from the configuration, the store and the PKI. */
public final class ProvisioningWiring {
    private ProvisioningWiring() {
    }

    /** Starts the server phones fetch their files from. */
    static ProvisioningServer start(Configuration config, Path dataDir, Store store, Pki pki, MeterRegistry registry,
                                    Clock clock) {
        final ProvisioningServerSettings settings = settings(config, dataDir);
        final ProvisioningBackend backend = new ProvisioningBackend(
                new StoreDeviceDirectory(store), configFiles(config, store, renderer(config, clock)), store.changes(),
                new StoreRecorder(store), new StoreFailureCounts(store, clock));
        return ProvisioningServer.start(settings, new ServerTls(pki.serverKeyMaterial(), pki.deviceVerifier()),
                                        backend, registry, clock);
    }

    /** The rendered files of every phone, as the server and the preview command see them. */
    public static StoreConfigFiles configFiles(Configuration config, Store store, ProvisioningRenderer renderer) {
        return new StoreConfigFiles(store, renderer, provisioningUrl(config));
    }

    /** The renderer with the configured catalog and operator templates. */
    public static ProvisioningRenderer renderer(Configuration config, Clock clock) {
        final ProvisioningRenderer.Builder renderer = ProvisioningRenderer.builder(catalog(config)).clock(clock);
        if (!config.isEmpty(Keys.TEMPLATES_DIR)) {
            renderer.operatorTemplates(config.get(Keys.TEMPLATES_DIR));
        }
        return renderer.build();
    }

    /** The model catalog the configuration names, or the bundled one. */
    public static ModelCatalog catalog(Configuration config) {
        return config.isEmpty(Keys.TEMPLATES_CATALOG_FILE) ? ModelCatalog.bundled()
                                                           : ModelCatalog.load(config.get(Keys.TEMPLATES_CATALOG_FILE));
    }

    /**
     * The base URL phones are given: the configured one, else HTTPS on the first certificate name.
     *
     * @throws IllegalArgumentException if the configured URL is not an absolute http(s) URL
     */
    static URI provisioningUrl(Configuration config) {
        if (!config.isEmpty(Keys.PROVISIONING_URL)) {
            return checkedUrl(Keys.PROVISIONING_URL.name(), config.get(Keys.PROVISIONING_URL));
        }
        final List<String> names = Pki.hostNames(config);
        final String host = names.get(0).contains(":") ? '[' + names.get(0) + ']' : names.get(0);
        return URI.create("https://" + host + ':' + config.get(Keys.PROVISIONING_HTTPS_PORT) + '/');
    }

    /**
     * Reads a configured base URL, with a trailing slash.
     *
     * @throws IllegalArgumentException naming the key when the text is not an absolute http(s) URL
     */
    static URI checkedUrl(String key, String text) {
        final String expected = key + ": " + text + " (expected: https://host[:port]/)";
        try {
            final URI url = new URI(text.endsWith("/") ? text : text + '/');
            if (!url.isAbsolute() || !List.of("http", "https").contains(url.getScheme()) || url.getHost() == null) {
                throw new IllegalArgumentException(expected);
            }
            return url;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(expected, e);
        }
    }

    private static Path firmwareDirectory(Configuration config, Path dataDir) {
        return config.isEmpty(Keys.PROVISIONING_FIRMWARE_DIR) ? dataDir.resolve("firmware")
                                                              : config.get(Keys.PROVISIONING_FIRMWARE_DIR);
    }

    private static ProvisioningServerSettings settings(Configuration config, Path dataDir) {
        final ProvisioningServerSettings.Builder settings = ProvisioningServerSettings.builder(dataDir)
                .host(config.get(Keys.PROVISIONING_HOST))
                .httpsPort(config.get(Keys.PROVISIONING_HTTPS_PORT))
                .maxConnections(config.get(Keys.PROVISIONING_MAX_CONNECTIONS))
                .idleTimeout(config.get(Keys.PROVISIONING_IDLE_TIMEOUT))
                .readTimeout(config.get(Keys.PROVISIONING_READ_TIMEOUT))
                .failureThreshold(config.get(Keys.PROVISIONING_FAILURE_THRESHOLD))
                .throttleDuration(config.get(Keys.PROVISIONING_THROTTLE_DURATION))
                .firmwareDirectory(firmwareDirectory(config, dataDir))
                .firmwareCatalog(catalog(config));
        if (config.get(Keys.PROVISIONING_HTTP_ENABLED)) {
            settings.plainHttpPort(config.get(Keys.PROVISIONING_HTTP_PORT));
        }
        return settings.build();
    }
}
