package io.deskprov.certs.tls;

import static io.deskprov.certs.testing.OpenSsl.arg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.deskprov.certs.KeyMaterial;
import io.deskprov.certs.KeyMaterialFiles;
import io.deskprov.certs.KeyType;
import io.deskprov.certs.MacAddress;
import io.deskprov.certs.ca.CertificateAuthority;
import io.deskprov.certs.ca.CrlPublisher;
import io.deskprov.certs.ca.PkiSettings;
import io.deskprov.certs.device.CertificateSource;
import io.deskprov.certs.device.DeviceCertificateVerifier;
import io.deskprov.certs.device.DeviceIdentity;
import io.deskprov.certs.device.VendorTrust;
import io.deskprov.certs.internal.PemFiles;
import io.deskprov.certs.revocation.FileRevocationStore;
import io.deskprov.certs.testing.OpenSsl;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Mutual TLS between our key and trust managers and OpenSSL, in both directions, over
 * 127.0.0.1 with bounded waits.
 */
class MutualTlsInteropTest {
    private static final MacAddress MAC = new MacAddress("001565aabbcc");
    private static final int TIMEOUT_MILLIS = 20_000;

    @TempDir
    Path directory;

    @ParameterizedTest
    @EnumSource(value = KeyType.class, names = {"EC_P256", "RSA_2048"})
    void jdkServer_acceptsOurDeviceCertificateFromOpensslClient(KeyType keyType) throws Exception {
        final CertificateAuthority ca = newCa(keyType);
        final KeyMaterialFiles device = write(ca.issueDeviceCertificate(MAC), "device");

        try (SSLServerSocket server = jdkServer(ca)) {
            final CompletableFuture<DeviceIdentity> accepted = acceptOne(server, verifier(ca));
            final OpenSsl.Result client = OpenSsl.run("s_client", "-connect", "127.0.0.1:" + server.getLocalPort(),
                    "-CAfile", arg(caFile(ca)), "-verify_return_error", "-verify_ip", "127.0.0.1",
                    "-cert", arg(device.certificateChain()), "-key", arg(device.privateKey()));

            assertThat(client.output()).contains("Verify return code: 0 (ok)");
            assertThat(accepted.get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS))
                    .isEqualTo(new DeviceIdentity(MAC, "deskprov", CertificateSource.OURS));
        }
    }

    @Test
    void jdkServer_refusesADeviceCertificateOfAnotherCa() throws Exception {
        final CertificateAuthority ca = newCa(KeyType.EC_P256);
        final KeyMaterialFiles stranger = write(newCa(KeyType.EC_P256).issueDeviceCertificate(MAC), "stranger");

        try (SSLServerSocket server = jdkServer(ca)) {
            final CompletableFuture<DeviceIdentity> accepted = acceptOne(server, verifier(ca));
            OpenSsl.run("s_client", "-connect", "127.0.0.1:" + server.getLocalPort(), "-CAfile", arg(caFile(ca)),
                        "-cert", arg(stranger.certificateChain()), "-key", arg(stranger.privateKey()));

            assertThat(accepted).failsWithin(Duration.ofMillis(TIMEOUT_MILLIS))
                    .withThrowableOfType(ExecutionException.class)
                    .withMessageContaining("does not chain to a trusted CA");
        }
    }

    @ParameterizedTest
    @EnumSource(value = KeyType.class, names = {"EC_P256", "RSA_3072"})
    void jdkClient_presentsOurDeviceCertificateToOpensslServer(KeyType keyType) throws Exception {
        final CertificateAuthority ca = newCa(keyType);
        final KeyMaterialFiles server = write(ca.issueServerCertificate(List.of("127.0.0.1")), "server");
        final KeyMaterialFiles device = write(ca.issueDeviceCertificate(MAC), "device");
        final int port = freePort();
        final Process openssl = OpenSsl.start("s_server", "-accept", "127.0.0.1:" + port, "-naccept", "1", "-www",
                "-cert", arg(server.certificateChain()), "-key", arg(server.privateKey()),
                "-CAfile", arg(caFile(ca)), "-Verify", "1", "-verify_return_error");
        try {
            awaitOutput(openssl, "ACCEPT");
            final String page = fetch(ca, device, port);

            assertThat(page).contains("Client certificate").contains("001565aabbcc");
        } finally {
            openssl.destroyForcibly();
        }
    }

    private static CertificateAuthority newCa(KeyType keyType) {
        return CertificateAuthority.create(PkiSettings.builder().keyType(keyType).build(), Clock.systemUTC());
    }

    private DeviceCertificateVerifier verifier(CertificateAuthority ca) {
        final CrlPublisher crls = new CrlPublisher(ca, new FileRevocationStore(directory.resolve("revoked.txt")),
                                                   directory.resolve("crl.pem"), Clock.systemUTC());
        return new DeviceCertificateVerifier(ca.certificate(), crls, VendorTrust.none(), Clock.systemUTC());
    }

    private SSLServerSocket jdkServer(CertificateAuthority ca) throws Exception {
        final KeyMaterialFiles files = write(ca.issueServerCertificate(List.of("127.0.0.1")), "server");
        final ReloadingKeyMaterial material = ReloadingKeyMaterial.open(files, Duration.ofSeconds(10),
                                                                        Clock.systemUTC());
        final SSLContext context = SSLContext.getInstance("TLS");
        context.init(new KeyManager[] {material.keyManager()},
                     new TrustManager[] {new DeviceTrustManager(verifier(ca))}, null);
        final SSLServerSocket server = (SSLServerSocket) context.getServerSocketFactory()
                .createServerSocket(0, 1, InetAddress.getLoopbackAddress());
        server.setNeedClientAuth(true);
        server.setSoTimeout(TIMEOUT_MILLIS);
        return server;
    }

    private static CompletableFuture<DeviceIdentity> acceptOne(SSLServerSocket server,
                                                               DeviceCertificateVerifier verifier) {
        return CompletableFuture.supplyAsync(() -> {
            try (SSLSocket socket = (SSLSocket) server.accept()) {
                socket.setSoTimeout(TIMEOUT_MILLIS);
                socket.startHandshake();
                final var peer = (X509Certificate[]) socket.getSession().getPeerCertificates();
                socket.getOutputStream().write("hello\n".getBytes(StandardCharsets.US_ASCII));
                return verifier.verify(List.of(peer));
            } catch (Exception e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        });
    }

    private String fetch(CertificateAuthority ca, KeyMaterialFiles device, int port) throws Exception {
        final KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("ca", ca.certificate());
        final TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        final ReloadingKeyMaterial material = ReloadingKeyMaterial.open(device, Duration.ofSeconds(10),
                                                                        Clock.systemUTC());
        final SSLContext context = SSLContext.getInstance("TLS");
        context.init(new KeyManager[] {material.keyManager()}, trust.getTrustManagers(), null);
        try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("127.0.0.1", port)) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            socket.getOutputStream().write("GET / HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private KeyMaterialFiles write(KeyMaterial material, String name) throws Exception {
        final KeyMaterialFiles files = new KeyMaterialFiles(directory.resolve(name + ".crt"),
                                                            directory.resolve(name + ".key"));
        material.write(files);
        return files;
    }

    private Path caFile(CertificateAuthority ca) throws Exception {
        return Files.writeString(directory.resolve("ca.pem"), PemFiles.toPem(List.of(ca.certificate())));
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void awaitOutput(Process process, String marker) {
        final StringBuffer output = new StringBuffer();
        final InputStream stream = process.getInputStream();
        final Thread reader = new Thread(() -> {
            try {
                for (int c = stream.read(); c != -1; c = stream.read()) {
                    output.append((char) c);
                }
            } catch (IOException e) {
                // The process was destroyed; nothing more to read.
            }
        });
        reader.setDaemon(true);
        reader.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> output.toString().contains(marker));
    }
}
