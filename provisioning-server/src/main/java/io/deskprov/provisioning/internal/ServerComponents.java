package io.deskprov.provisioning.internal;

import java.time.Clock;
import java.time.Duration;

import javax.net.ssl.SSLException;

import io.deskprov.provisioning.ProvisioningBackend;
import io.deskprov.provisioning.ProvisioningServerSettings;
import io.deskprov.provisioning.ServerTls;
import io.deskprov.store.changes.Change;
import io.micrometer.core.instrument.MeterRegistry;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.ssl.SslProvider;

/**
 * Everything behind the listeners, wired once from the settings: caches, authentication,
 * throttling, workers, the record writer and the per-connection pipelines. The public face of
 * this package for {@link io.deskprov.provisioning.ProvisioningServer}.
 */
public final class ServerComponents {
    private final ProvisioningServerSettings settings;
    private final ServerTls tls;
    private final TlsContexts contexts;
    private final ServerMetrics metrics;
    private final DeviceCache cache;
    private final ModelFirmware firmwareImages;
    private final RecordWriter records;
    private final AccessLog accessLog;
    private final Workers workers;
    private final ConnectionGate gate;
    private final ProvisioningHandler secureHandler;
    private final ProvisioningHandler plainHandler;

    /**
     * Wires the components; starts the record writer and worker threads.
     *
     * @throws SSLException if the key material cannot make a TLS context
     */
    public ServerComponents(ProvisioningServerSettings settings, ServerTls tls, ProvisioningBackend backend,
                            MeterRegistry registry, Clock clock) throws SSLException {
        this.settings = settings;
        this.tls = tls;
        this.metrics = new ServerMetrics(registry);
        this.contexts = new TlsContexts(tls.keyMaterial(), tls.verifier(), settings.tlsProtocols());
        this.cache = new DeviceCache(backend.devices(), backend.files(), clock, metrics, settings.cacheMaxDevices(),
                                     settings.cacheMaxFileBytes());
        this.records = new RecordWriter(backend.recorder(), settings.eventQueueCapacity(), settings.eventBatchSize(),
                                        settings.eventFlushInterval(), metrics);
        this.accessLog = new AccessLog(settings.eventQueueCapacity(), metrics);
        final ReplyWriter writer = new ReplyWriter(metrics, records, accessLog, clock);
        this.workers = new Workers(settings.workerThreads(), settings.workerQueue(), writer, metrics);
        this.gate = new ConnectionGate(settings.maxConnections(), metrics);
        final Nonces nonces = new Nonces(clock, settings.nonceLifetime(), settings.trackedNonces());
        final FailureThrottle throttle = new FailureThrottle(clock, settings.failureThreshold(),
                settings.failureWindow(), settings.throttleDuration(), metrics::throttled, backend.failures(),
                workers::background);
        final DeviceResponder devices = new DeviceResponder(
                cache, new Authenticator(settings.realm(), nonces), throttle, new Challenges(settings.realm(), nonces),
                new Sightings(records, clock, settings.sightingInterval()), new UploadStore(settings.dataDirectory()),
                settings.uploadLimits(), workers, writer);
        this.firmwareImages = new ModelFirmware(settings.firmwareCatalog(), backend.files()::pinnedFirmware);
        final FirmwareResponder firmware = new FirmwareResponder(new FirmwareFiles(settings.firmwareDirectory()),
                                                                 firmwareImages, workers);
        this.secureHandler = new ProvisioningHandler(true, throttle, devices, firmware, writer);
        this.plainHandler = new ProvisioningHandler(false, throttle, devices, firmware, writer);
    }

    /** The pipeline of a TLS connection. */
    public ChannelInitializer<SocketChannel> secureChannels() {
        return new ChannelSetup(settings, contexts::current, gate, () -> new TlsEvents(tls.verifier(), metrics),
                                () -> secureHandler);
    }

    /** The pipeline of a plain-HTTP connection. */
    public ChannelInitializer<SocketChannel> plainChannels() {
        return new ChannelSetup(settings, null, gate, null, () -> plainHandler);
    }

    /** Forgets cached devices and files the change reaches, and the pinned firmware builds. */
    public void onChange(Change change) {
        cache.apply(change);
        firmwareImages.forgetPins();
    }

    /** Looks at the key files, which calls back to rebuild the TLS context if they changed. */
    public void checkKeyMaterial() {
        workers.background(() -> tls.keyMaterial().current());
    }

    public SslProvider tlsProvider() {
        return contexts.provider();
    }

    /** Lets running work finish within the grace period and stops the workers. */
    public void stopWorkers(Duration grace) {
        workers.shutdown(grace);
    }

    /** Writes the queued records and log lines, within the grace period, and stops writing. */
    public void stopRecording(Duration grace) {
        records.close(grace);
        accessLog.close(grace);
    }
}
