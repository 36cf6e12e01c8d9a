package io.deskprov.app;

import static java.util.Objects.requireNonNull;

import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.deskprov.app.config.Configuration;
import io.deskprov.app.config.Keys;
import io.deskprov.app.management.ManagementServer;
import io.deskprov.app.pki.Pki;
import io.deskprov.certs.PkiException;
import io.deskprov.store.Database;
import io.deskprov.store.DatabaseSettings;
import io.deskprov.store.SecretBox;
import io.deskprov.portal.Portal;
import io.deskprov.provisioning.ProvisioningServer;
import io.deskprov.provisioning.ProvisioningServerException;
import io.deskprov.registrar.Registrar;
import io.deskprov.registrar.RegistrarStartException;
import io.deskprov.store.Store;
import io.deskprov.store.changes.Change;
import io.deskprov.templates.catalog.CatalogException;
import io.deskprov.store.account.PasswordHasher;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * One running deskprov process: the database, the store and the services over it. Started by
 * {@link #start}, stopped by {@link #close()}, which stops the services in the reverse order and
 * lets in-flight work finish within the configured grace period.
 */
public final class Node implements AutoCloseable {
    private static final Logger logger = LoggerFactory.getLogger(Node.class);
    private static final Duration READINESS_INTERVAL = Duration.ofSeconds(5);

    private final Configuration config;
    private final Deque<AutoCloseable> stopOrder = new ArrayDeque<>();
    private final ScheduledExecutorService housekeeping;
    private final Coalescer revocationRefresh;
    private volatile boolean databaseReachable;
    private volatile boolean started;
    private @Nullable ManagementServer management;
    private @Nullable Store store;
    private @Nullable Pki pki;
    private @Nullable Registrar registrar;
    private @Nullable ProvisioningServer provisioning;
    private @Nullable Portal portal;

    private Node(Configuration config) {
        this.config = config;
        this.housekeeping = Executors.newSingleThreadScheduledExecutor(runnable -> {
            final Thread thread = new Thread(runnable, "deskprov-housekeeping");
            thread.setDaemon(true);
            return thread;
        });
        this.revocationRefresh = new Coalescer(housekeeping);
    }

    /**
     * Starts every service the configuration enables and prints where each listens.
     *
     * @throws NodeStartException naming what could not start; whatever had started is stopped again
     */
    public static Node start(Configuration config, Clock clock, PrintStream out) {
        requireNonNull(config, "config");
        requireNonNull(clock, "clock");
        requireNonNull(out, "out");
        final Node node = new Node(config);
        try {
            node.startServices(clock, out);
            return node;
        } catch (RuntimeException e) {
            node.close();
            throw e instanceof NodeStartException ? e : new NodeStartException(e.getMessage(), e);
        }
    }

    /** The version this build was made from. */
    public static String version() {
        return Version.current();
    }

    /** The data directory the configuration names, made if missing. */
    public static Path dataDir(Configuration config) {
        return Launch.dataDir(config);
    }

    /** The box that seals secrets in the configured database. */
    public static SecretBox secretBox(Configuration config) {
        return Launch.secretBox(config);
    }

    /** The database the configuration names, for commands that need it without a whole node. */
    public static DatabaseSettings databaseSettings(Configuration config) {
        return Launch.databaseSettings(config);
    }

    /** The management endpoint's address, or null when it is disabled. */
    public @Nullable InetSocketAddress managementAddress() {
        return management == null ? null : management.address();
    }

    /** The wired store, for the services and for tests. */
    public Store store() {
        return requireNonNull(store, "store");
    }

    /** The node's certificates and device-certificate trust. */
    public Pki pki() {
        return requireNonNull(pki, "pki");
    }

    /** The HTTPS server phones fetch their files from, when it runs. */
    public Optional<ProvisioningServer> provisioning() {
        return Optional.ofNullable(provisioning);
    }

    /** The portal's JSON API, when it runs. */
    public Optional<Portal> portal() {
        return Optional.ofNullable(portal);
    }

    /** The SIP registrar, when it runs. */
    public Optional<Registrar> registrar() {
        return Optional.ofNullable(registrar);
    }

    /** Whether the node has started and its database answered the last check. */
    public boolean isReady() {
        return started && databaseReachable;
    }

    @Override
    public void close() {
        started = false;
        housekeeping.shutdownNow();
        while (!stopOrder.isEmpty()) {
            final AutoCloseable service = stopOrder.pop();
            try {
                service.close();
            } catch (Exception e) {
                logger.warn("Service did not stop cleanly: {}", service.getClass().getSimpleName(), e);
            }
        }
        logger.info("deskprov stopped");
    }

    private void startServices(Clock clock, PrintStream out) {
        final Path dataDir = Launch.dataDir(config);
        final Metrics metrics = new Metrics();
        stopOrder.push(metrics);
        final PrometheusMeterRegistry registry = metrics.registry();
        final Database database = Database.open(Launch.databaseSettings(config), registry);
        stopOrder.push(database);
        database.migrate();
        databaseReachable = true;
        final SecretBox secrets = Launch.secretBox(config);
        final Store wired = Store.over(database, clock, secrets);
        stopOrder.push(wired);
        this.store = wired;
        final Optional<OperatorBootstrap.FirstOperator> firstOperator =
                OperatorBootstrap.ensureOperator(wired, PasswordHasher.owaspDefaults(), clock);

        final Pki certificates = startPki(dataDir, clock, registry);
        this.pki = certificates;

        scheduleHousekeeping(database, wired, certificates);
        if (config.get(Keys.PROVISIONING_ENABLED)) {
            startProvisioning(dataDir, wired, certificates, registry, clock);
        }
        if (config.get(Keys.SIP_ENABLED)) {
            startRegistrar(wired, secrets, clock, registry, certificates);
        }
        if (config.get(Keys.PORTAL_ENABLED)) {
            startPortal(dataDir, wired, certificates, registry, clock);
        }
        if (config.get(Keys.MANAGEMENT_ENABLED)) {
            startManagement(registry, certificates);
        }
        started = true;
        printBanner(out, database);
        firstOperator.ifPresent(operator -> operator.print(out));
        out.flush();
    }

    private void scheduleHousekeeping(Database database, Store wired, Pki certificates) {
        housekeeping.scheduleWithFixedDelay(() -> databaseReachable = database.isReachable(),
                                            READINESS_INTERVAL.toMillis(), READINESS_INTERVAL.toMillis(),
                                            TimeUnit.MILLISECONDS);
        housekeeping.scheduleWithFixedDelay(certificates::checkExpiry, 1, 1, TimeUnit.DAYS);
        // Hourly, so that the list never ages past half its validity and has to be signed anew
        // inside a TLS handshake; sooner when a device changes, which may have revoked its certificate.
        housekeeping.scheduleWithFixedDelay(certificates::refreshRevocations, 1, 1, TimeUnit.HOURS);
        stopOrder.push(wired.changes().subscribe(change -> {
            if (change.scope() == Change.Scope.DEVICE || change.scope() == Change.Scope.PLATFORM) {
                revocationRefresh.request(certificates::refreshRevocations);
            }
        }));
    }

    private Pki startPki(Path dataDir, Clock clock, PrometheusMeterRegistry registry) {
        try {
            return Pki.start(config, dataDir, requireNonNull(store, "store"), clock, registry);
        } catch (PkiException e) {
            throw new NodeStartException("certificates are not usable: " + e.getMessage(), e);
        }
    }

    private void startProvisioning(Path dataDir, Store wired, Pki certificates, PrometheusMeterRegistry registry,
                                   Clock clock) {
        try {
            final ProvisioningServer server =
                    ProvisioningWiring.start(config, dataDir, wired, certificates, registry, clock);
            final Duration grace = config.get(Keys.SHUTDOWN_GRACE_PERIOD);
            stopOrder.push(() -> server.stop(grace));
            this.provisioning = server;
        } catch (ProvisioningServerException | IllegalArgumentException | CatalogException e) {
            throw new NodeStartException("the provisioning server cannot start: " + e.getMessage(), e);
        }
    }

    private void startPortal(Path dataDir, Store wired, Pki certificates, PrometheusMeterRegistry registry,
                             Clock clock) {
        try {
            final Portal started =
                    PortalWiring.start(config, dataDir, wired, certificates, registrar, registry, clock);
            stopOrder.push(started::stop);
            this.portal = started;
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new NodeStartException("the portal cannot start: " + e.getMessage(), e);
        }
    }

    private void startRegistrar(Store wired, SecretBox secrets, Clock clock, PrometheusMeterRegistry registry,
                                Pki certificates) {
        try {
            final Registrar started = Registrar.start(RegistrarSettingsFactory.from(config, secrets), wired, clock,
                                                      registry, certificates.serverKeyMaterial());
            stopOrder.push(started);
            this.registrar = started;
        } catch (RegistrarStartException | IllegalArgumentException e) {
            throw new NodeStartException("the SIP registrar cannot start: " + e.getMessage(), e);
        }
    }

    private void startManagement(PrometheusMeterRegistry registry, Pki pki) {
        final InetSocketAddress address = new InetSocketAddress(config.get(Keys.MANAGEMENT_HOST),
                                                                config.get(Keys.MANAGEMENT_PORT));
        final ManagementServer server = ManagementServer.start(address, this::isReady, registry,
                                                               pki.caCertificate().orElse(null),
                                                               pki.revocations().orElse(null));
        final Duration grace = config.get(Keys.SHUTDOWN_GRACE_PERIOD);
        stopOrder.push(() -> server.stop(grace));
        this.management = server;
        if (pki.caCertificate().isPresent()) {
            logger.info("CA certificate for phones and browsers to trust: url=http://{}:{}/ca.crt",
                        server.address().getHostString(), server.address().getPort());
            logger.info("Revocation list of the CA: url=http://{}:{}/crl, named in certificates as {}",
                        server.address().getHostString(), server.address().getPort(),
                        config.isEmpty(Keys.PKI_CRL_URL) ? "nothing" : config.get(Keys.PKI_CRL_URL));
        }
    }

    private void printBanner(PrintStream out, Database database) {
        out.println("deskprov " + Version.current() + " started");
        out.println("  database:   " + database.engine().name().toLowerCase(Locale.ROOT) + ' '
                    + database.settings().redactedUrl());
        if (management != null) {
            final InetSocketAddress address = management.address();
            out.println("  management: http://" + address.getHostString() + ':' + address.getPort()
                        + "/  (healthz, readyz, metrics, ca.crt, crl)");
        }
        if (provisioning != null) {
            out.println("  phones:     https://" + provisioning.address().getHostString() + ':'
                        + provisioning.address().getPort() + "/  (provisioning URL given to phones: "
                        + ProvisioningWiring.provisioningUrl(config) + ')');
        }
        if (portal != null) {
            out.println("  portal:     https://" + portal.address().getHostString() + ':' + portal.address().getPort()
                        + "/api  (links in mails: " + PortalWiring.baseUrl(config) + ')');
        }
        if (registrar != null) {
            out.println("  sip:        " + config.get(Keys.SIP_BIND_ADDRESS) + " udp " + config.get(Keys.SIP_UDP_PORT)
                        + ", tcp " + config.get(Keys.SIP_TCP_PORT) + ", tls " + config.get(Keys.SIP_TLS_PORT));
        }
        pki().certificateAuthority().ifPresent(ca -> {
            out.println("  CA:         " + pki().caCertificateFile() + "  SHA-256 " + ca.fingerprint());
            out.println("              phones and browsers trust deskprov once they trust this certificate");
        });
        out.flush();
    }
}
