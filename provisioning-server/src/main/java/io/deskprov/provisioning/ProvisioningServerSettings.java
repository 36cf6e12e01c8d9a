package io.deskprov.provisioning;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import io.deskprov.templates.catalog.ModelCatalog;

/**
 * Everything the provisioning server can be told: ports, limits, timeouts, caches and where it
 * keeps files. Immutable; made with {@link #builder(Path)}, whose setters check each value.
 */
public final class ProvisioningServerSettings {
    private final String host;
    private final int httpsPort;
    private final int plainHttpPort;
    private final boolean plainHttpEnabled;
    private final String realm;
    private final List<String> tlsProtocols;
    private final Duration keyCheckInterval;
    private final int maxInitialLineLength;
    private final int maxHeaderSize;
    private final int maxConnections;
    private final Duration idleTimeout;
    private final Duration readTimeout;
    private final int ioThreads;
    private final int workerThreads;
    private final int workerQueue;
    private final Duration nonceLifetime;
    private final int trackedNonces;
    private final int failureThreshold;
    private final Duration failureWindow;
    private final Duration throttleDuration;
    private final int cacheMaxDevices;
    private final long cacheMaxFileBytes;
    private final UploadLimits uploadLimits;
    private final Path dataDirectory;
    private final @Nullable Path firmwareDirectory;
    private final ModelCatalog firmwareCatalog;
    private final int eventQueueCapacity;
    private final int eventBatchSize;
    private final Duration eventFlushInterval;
    private final Duration sightingInterval;

    private ProvisioningServerSettings(Builder b) {
        host = b.host;
        httpsPort = b.httpsPort;
        plainHttpPort = b.plainHttpPort;
        plainHttpEnabled = b.plainHttpEnabled;
        realm = b.realm;
        tlsProtocols = b.tlsProtocols;
        keyCheckInterval = b.keyCheckInterval;
        maxInitialLineLength = b.maxInitialLineLength;
        maxHeaderSize = b.maxHeaderSize;
        maxConnections = b.maxConnections;
        idleTimeout = b.idleTimeout;
        readTimeout = b.readTimeout;
        ioThreads = b.ioThreads;
        workerThreads = b.workerThreads;
        workerQueue = b.workerQueue;
        nonceLifetime = b.nonceLifetime;
        trackedNonces = b.trackedNonces;
        failureThreshold = b.failureThreshold;
        failureWindow = b.failureWindow;
        throttleDuration = b.throttleDuration;
        cacheMaxDevices = b.cacheMaxDevices;
        cacheMaxFileBytes = b.cacheMaxFileBytes;
        uploadLimits = b.uploadLimits;
        dataDirectory = b.dataDirectory;
        firmwareDirectory = b.firmwareDirectory;
        // Parsed only when needed: the bundled file is read once per settings object.
        firmwareCatalog = b.firmwareCatalog != null ? b.firmwareCatalog : ModelCatalog.bundled();
        eventQueueCapacity = b.eventQueueCapacity;
        eventBatchSize = b.eventBatchSize;
        eventFlushInterval = b.eventFlushInterval;
        sightingInterval = b.sightingInterval;
    }

    /**
     * Returns a builder holding the defaults, keeping uploads under {@code dataDirectory/uploads}.
     */
    public static Builder builder(Path dataDirectory) {
        return new Builder(requireNonNull(dataDirectory, "dataDirectory"));
    }

    /** The address the listeners bind to; default {@code 0.0.0.0}. */
    public String host() {
        return host;
    }

    /** The TLS port; default 8443, 0 picks a free one. */
    public int httpsPort() {
        return httpsPort;
    }

    /** The plain-HTTP port, used only when {@link #plainHttpEnabled()}; default 8080. */
    public int plainHttpPort() {
        return plainHttpPort;
    }

    /** Whether phones may also fetch over plain HTTP; default false. Basic credentials are refused there. */
    public boolean plainHttpEnabled() {
        return plainHttpEnabled;
    }

    /** The realm of the HTTP authentication challenges; default {@code deskprov}. */
    public String realm() {
        return realm;
    }

    /** TLS versions offered; default TLSv1.3 and TLSv1.2. */
    public List<String> tlsProtocols() {
        return tlsProtocols;
    }

    /** How often the certificate files are checked for renewal; default one minute. */
    public Duration keyCheckInterval() {
        return keyCheckInterval;
    }

    /** Longest request line in bytes (longer gets 414); default 2048. */
    public int maxInitialLineLength() {
        return maxInitialLineLength;
    }

    /** Largest header block in bytes (larger gets 431); default 8192. */
    public int maxHeaderSize() {
        return maxHeaderSize;
    }

    /** Open connections beyond which new ones are closed at once; default 20000. */
    public int maxConnections() {
        return maxConnections;
    }

    /** A connection with no traffic either way for this long is closed; default 60 seconds. */
    public Duration idleTimeout() {
        return idleTimeout;
    }

    /** A connection that sends nothing for this long while no answer is being written is closed; default 15 s. */
    public Duration readTimeout() {
        return readTimeout;
    }

    /** Netty event-loop threads; default 0, which means one per core. */
    public int ioThreads() {
        return ioThreads;
    }

    /** Threads for database, rendering and file work; default 16. */
    public int workerThreads() {
        return workerThreads;
    }

    /** Requests that may wait for a worker before further ones get 503; default 2000. */
    public int workerQueue() {
        return workerQueue;
    }

    /** How long a digest nonce is accepted; later answers get {@code stale=true}; default five minutes. */
    public Duration nonceLifetime() {
        return nonceLifetime;
    }

    /**
     * Answered digest nonces whose counts are remembered, so that no answer is accepted twice;
     * default 100000 (about 20 MB). Beyond, the oldest are forgotten and answered as stale, which
     * costs their clients one more round trip.
     */
    public int trackedNonces() {
        return trackedNonces;
    }

    /** Failed logins from one address within {@link #failureWindow()} before it is throttled; default 10. */
    public int failureThreshold() {
        return failureThreshold;
    }

    /** The window in which failed logins are counted; default one minute. */
    public Duration failureWindow() {
        return failureWindow;
    }

    /** How long a throttled address gets 429; default five minutes. */
    public Duration throttleDuration() {
        return throttleDuration;
    }

    /** Devices whose credentials stay cached; default 50000. */
    public int cacheMaxDevices() {
        return cacheMaxDevices;
    }

    /** Bytes of rendered files kept in memory; default 256 MiB. */
    public long cacheMaxFileBytes() {
        return cacheMaxFileBytes;
    }

    /** The largest upload accepted per kind of file. */
    public UploadLimits uploadLimits() {
        return uploadLimits;
    }

    /** Where uploads are kept, under {@code uploads/<mac>/<kind>}. */
    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Where firmware images are served from, or null to serve none; default none. */
    public @Nullable Path firmwareDirectory() {
        return firmwareDirectory;
    }

    /**
     * The model catalog whose {@code firmware} entries are the only images served: a phone gets
     * the one of the model its User-Agent names, every other name is 404; default the bundled one.
     */
    public ModelCatalog firmwareCatalog() {
        return firmwareCatalog;
    }

    /**
     * Provisioning events and sightings that may wait for the database, and access-log lines that
     * may wait to be written (a queue each); beyond, they are dropped and counted.
     */
    public int eventQueueCapacity() {
        return eventQueueCapacity;
    }

    /** Most events written in one batch; default 500. */
    public int eventBatchSize() {
        return eventBatchSize;
    }

    /** How often queued events are written; default one second. */
    public Duration eventFlushInterval() {
        return eventFlushInterval;
    }

    /** Least time between two recorded sightings of the same unknown MAC; default ten minutes. */
    public Duration sightingInterval() {
        return sightingInterval;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ProvisioningServerSettings[host=%s, httpsPort=%d, plainHttp=%s, "
                             + "maxConnections=%d, workers=%d/%d]", host, httpsPort,
                             plainHttpEnabled ? String.valueOf(plainHttpPort) : "off", maxConnections,
                             workerThreads, workerQueue);
    }

    /** Collects the settings; every setter checks its value and names the rule it broke. */
    public static final class Builder {
        private String host = "0.0.0.0";
        private int httpsPort = 8443;
        private int plainHttpPort = 8080;
        private boolean plainHttpEnabled;
        private String realm = "deskprov";
        private List<String> tlsProtocols = List.of("TLSv1.3", "TLSv1.2");
        private Duration keyCheckInterval = Duration.ofMinutes(1);
        private int maxInitialLineLength = 2048;
        private int maxHeaderSize = 8192;
        private int maxConnections = 20_000;
        private Duration idleTimeout = Duration.ofSeconds(60);
        private Duration readTimeout = Duration.ofSeconds(15);
        private int ioThreads;
        private int workerThreads = 16;
        private int workerQueue = 2000;
        private Duration nonceLifetime = Duration.ofMinutes(5);
        private int trackedNonces = 100_000;
        private int failureThreshold = 10;
        private Duration failureWindow = Duration.ofMinutes(1);
        private Duration throttleDuration = Duration.ofMinutes(5);
        private int cacheMaxDevices = 50_000;
        private long cacheMaxFileBytes = 256L << 20;
        private UploadLimits uploadLimits = UploadLimits.defaults();
        private final Path dataDirectory;
        private @Nullable Path firmwareDirectory;
        private @Nullable ModelCatalog firmwareCatalog;
        private int eventQueueCapacity = 50_000;
        private int eventBatchSize = 500;
        private Duration eventFlushInterval = Duration.ofSeconds(1);
        private Duration sightingInterval = Duration.ofMinutes(10);

        private Builder(Path dataDirectory) {
            this.dataDirectory = dataDirectory;
        }

        public Builder host(String host) {
            requireNonNull(host, "host");
            if (host.isBlank()) {
                throw new IllegalArgumentException("host: must not be blank");
            }
            this.host = host;
            return this;
        }

        public Builder httpsPort(int port) {
            this.httpsPort = port(port, "httpsPort");
            return this;
        }

        /** Turns on the plain-HTTP listener on this port. */
        public Builder plainHttpPort(int port) {
            this.plainHttpPort = port(port, "plainHttpPort");
            this.plainHttpEnabled = true;
            return this;
        }

        public Builder realm(String realm) {
            requireNonNull(realm, "realm");
            if (realm.isBlank() || realm.contains("\"") || realm.contains("\\")) {
                throw new IllegalArgumentException("realm: " + realm + " (expected: not blank, no quotes)");
            }
            this.realm = realm;
            return this;
        }

        public Builder tlsProtocols(List<String> protocols) {
            requireNonNull(protocols, "protocols");
            for (String protocol : protocols) {
                if (!protocol.equals("TLSv1.3") && !protocol.equals("TLSv1.2")) {
                    throw new IllegalArgumentException("tlsProtocols: " + protocol + " (expected: TLSv1.3, TLSv1.2)");
                }
            }
            if (protocols.isEmpty()) {
                throw new IllegalArgumentException("tlsProtocols: empty (expected: TLSv1.3 and/or TLSv1.2)");
            }
            this.tlsProtocols = List.copyOf(protocols);
            return this;
        }

        public Builder keyCheckInterval(Duration interval) {
            this.keyCheckInterval = positive(interval, "keyCheckInterval");
            return this;
        }

        public Builder maxInitialLineLength(int bytes) {
            this.maxInitialLineLength = atLeast(bytes, 256, "maxInitialLineLength");
            return this;
        }

        public Builder maxHeaderSize(int bytes) {
            this.maxHeaderSize = atLeast(bytes, 1024, "maxHeaderSize");
            return this;
        }

        public Builder maxConnections(int connections) {
            this.maxConnections = atLeast(connections, 1, "maxConnections");
            return this;
        }

        public Builder idleTimeout(Duration timeout) {
            this.idleTimeout = positive(timeout, "idleTimeout");
            return this;
        }

        public Builder readTimeout(Duration timeout) {
            this.readTimeout = positive(timeout, "readTimeout");
            return this;
        }

        public Builder ioThreads(int threads) {
            this.ioThreads = atLeast(threads, 0, "ioThreads");
            return this;
        }

        public Builder workerThreads(int threads) {
            this.workerThreads = atLeast(threads, 1, "workerThreads");
            return this;
        }

        public Builder workerQueue(int capacity) {
            this.workerQueue = atLeast(capacity, 1, "workerQueue");
            return this;
        }

        public Builder nonceLifetime(Duration lifetime) {
            this.nonceLifetime = positive(lifetime, "nonceLifetime");
            return this;
        }

        public Builder trackedNonces(int nonces) {
            this.trackedNonces = atLeast(nonces, 1, "trackedNonces");
            return this;
        }

        public Builder failureThreshold(int failures) {
            this.failureThreshold = atLeast(failures, 1, "failureThreshold");
            return this;
        }

        public Builder failureWindow(Duration window) {
            this.failureWindow = positive(window, "failureWindow");
            return this;
        }

        public Builder throttleDuration(Duration duration) {
            this.throttleDuration = positive(duration, "throttleDuration");
            return this;
        }

        public Builder cacheMaxDevices(int devices) {
            this.cacheMaxDevices = atLeast(devices, 0, "cacheMaxDevices");
            return this;
        }

        public Builder cacheMaxFileBytes(long bytes) {
            if (bytes < 0) {
                throw new IllegalArgumentException("cacheMaxFileBytes: " + bytes + " (expected: >= 0)");
            }
            this.cacheMaxFileBytes = bytes;
            return this;
        }

        public Builder uploadLimits(UploadLimits limits) {
            this.uploadLimits = requireNonNull(limits, "limits");
            return this;
        }

        public Builder firmwareDirectory(@Nullable Path directory) {
            this.firmwareDirectory = directory;
            return this;
        }

        public Builder firmwareCatalog(ModelCatalog catalog) {
            this.firmwareCatalog = requireNonNull(catalog, "catalog");
            return this;
        }

        public Builder eventQueueCapacity(int capacity) {
            this.eventQueueCapacity = atLeast(capacity, 1, "eventQueueCapacity");
            return this;
        }

        public Builder eventBatchSize(int size) {
            this.eventBatchSize = atLeast(size, 1, "eventBatchSize");
            return this;
        }

        public Builder eventFlushInterval(Duration interval) {
            this.eventFlushInterval = positive(interval, "eventFlushInterval");
            return this;
        }

        public Builder sightingInterval(Duration interval) {
            this.sightingInterval = positive(interval, "sightingInterval");
            return this;
        }

        public ProvisioningServerSettings build() {
            if (plainHttpEnabled && plainHttpPort == httpsPort && httpsPort != 0) {
                throw new IllegalArgumentException("plainHttpPort: " + plainHttpPort
                                                   + " (expected: different from httpsPort)");
            }
            return new ProvisioningServerSettings(this);
        }

        private static int port(int port, String name) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException(name + ": " + port + " (expected: 0-65535)");
            }
            return port;
        }

        private static int atLeast(int value, int min, String name) {
            if (value < min) {
                throw new IllegalArgumentException(name + ": " + value + " (expected: >= " + min + ")");
            }
            return value;
        }

        private static Duration positive(Duration value, String name) {
            requireNonNull(value, name);
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + ": " + value + " (expected: > 0)");
            }
            return value;
        }
    }
}
