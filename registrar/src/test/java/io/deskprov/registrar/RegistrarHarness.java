package io.deskprov.registrar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

import io.deskprov.certs.PkiLayout;
import io.deskprov.certs.ca.CertificateAuthority;
import io.deskprov.certs.ca.PkiSettings;
import io.deskprov.certs.ca.ServerCertificateBootstrap;
import io.deskprov.certs.tls.ReloadingKeyMaterial;
import io.deskprov.store.Database;
import io.deskprov.store.sip.SipAccount;
import io.deskprov.store.testing.StoreFixtures;
import io.deskprov.store.workplace.Workplace;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** A registrar on free loopback ports over a test database, with the fixtures to make accounts. */
final class RegistrarHarness implements AutoCloseable {
    final StoreFixtures fixtures;
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final UnaryOperator<RegistrarSettings.Builder> customize;
    private final List<Registrar> otherNodes = new ArrayList<>();
    private final @Nullable ReloadingKeyMaterial tls;
    /** The CA that issued the TLS certificate, for clients to trust; null without TLS. */
    final @Nullable X509Certificate tlsCa;
    RegistrarSettings settings;
    Registrar registrar;

    RegistrarHarness(Database database, UnaryOperator<RegistrarSettings.Builder> customize) throws Exception {
        this(database, customize, null, null);
    }

    /** A registrar that also listens for TLS, with a certificate for 127.0.0.1 from a new CA. */
    static RegistrarHarness withTls(Database database, UnaryOperator<RegistrarSettings.Builder> customize)
            throws Exception {
        final Path directory = Files.createTempDirectory(Path.of("target"), "pki");
        final Clock clock = Clock.systemUTC();
        final PkiSettings pki = PkiSettings.defaults();
        final var bootstrap = new ServerCertificateBootstrap(new PkiLayout(directory), pki, clock);
        final CertificateAuthority ca = CertificateAuthority.create(pki, clock);
        final var files = bootstrap.ensureIssuedBy(ca, List.of("127.0.0.1"));
        final ReloadingKeyMaterial tls = ReloadingKeyMaterial.open(files, Duration.ofHours(1), clock);
        return new RegistrarHarness(database, b -> customize.apply(b.tlsPort(freePort())), tls, ca.certificate());
    }

    private RegistrarHarness(Database database, UnaryOperator<RegistrarSettings.Builder> customize,
                             @Nullable ReloadingKeyMaterial tls, @Nullable X509Certificate tlsCa) throws Exception {
        this.fixtures = new StoreFixtures(database);
        this.customize = customize;
        this.tls = tls;
        this.tlsCa = tlsCa;
        this.settings = settingsOnFreePort();
        this.registrar = Registrar.start(settings, fixtures.store(), Clock.systemUTC(), meters, tls);
    }

    int tlsPort() {
        return settings.tlsPort();
    }

    int port() {
        return settings.udpPort();
    }

    SipAccount account() {
        final Workplace workplace = fixtures.workplace(fixtures.company());
        return fixtures.sipAccount(workplace);
    }

    /** A phone with a new account of its own, talking over {@code sip}. */
    TestPhone phone(SipPeer sip) {
        final SipAccount account = account();
        return new TestPhone(sip, account, password(account));
    }

    /** The password StoreFixtures gives an account. */
    static String password(SipAccount account) {
        return "sip-secret-" + account.username();
    }

    void restart() throws Exception {
        registrar.stop();
        registrar = Registrar.start(settings, fixtures.store(), Clock.systemUTC(), meters, tls);
    }

    /** Stops this registrar and starts another on new ports over the same database, as a second node would. */
    void replaceWithNewNode() throws Exception {
        registrar.stop();
        settings = settingsOnFreePort();
        registrar = Registrar.start(settings, fixtures.store(), Clock.systemUTC(), meters, tls);
    }

    /** Starts another node on new ports over the same database, beside this one; stopped with the harness. */
    Registrar startAnotherNode() throws Exception {
        final Registrar node = Registrar.start(settingsOnFreePort(), fixtures.store(), Clock.systemUTC(), meters, tls);
        otherNodes.add(node);
        return node;
    }

    private RegistrarSettings settingsOnFreePort() {
        final int port = freePort();
        return customize.apply(RegistrarSettings.builder().bindAddress("127.0.0.1").udpPort(port).tcpPort(port))
                        .build();
    }

    double counter(String name, String... tags) {
        final var counter = meters.find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }

    /** A port free for both UDP and TCP on loopback. */
    static int freePort() {
        for (int attempt = 0; attempt < 50; attempt++) {
            try (ServerSocket tcp = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
                 DatagramSocket udp = new DatagramSocket(
                         new InetSocketAddress(InetAddress.getLoopbackAddress(), tcp.getLocalPort()))) {
                return udp.getLocalPort();
            } catch (IOException e) {
                // Taken for UDP; try another.
            }
        }
        throw new UncheckedIOException(new IOException("no port free for both UDP and TCP on loopback"));
    }

    @Override
    public void close() {
        otherNodes.forEach(Registrar::stop);
        registrar.stop();
        fixtures.close();
    }
}
