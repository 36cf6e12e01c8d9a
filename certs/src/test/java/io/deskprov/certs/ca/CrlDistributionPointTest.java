package io.deskprov.certs.ca;

import static io.deskprov.certs.testing.OpenSsl.arg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.deskprov.certs.KeyMaterial;
import io.deskprov.certs.MacAddress;
import io.deskprov.certs.internal.PemFiles;
import io.deskprov.certs.revocation.FileRevocationStore;
import io.deskprov.certs.testing.OpenSsl;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Certificates name where their CRL is, and OpenSSL, knowing nothing but our CA, fetches it
 * from there and sees a revocation.
 */
class CrlDistributionPointTest {
    private static final MacAddress MAC = new MacAddress("001565aabbcc");

    @TempDir
    Path directory;

    private final AtomicReference<byte[]> servedCrl = new AtomicReference<>(new byte[0]);
    private HttpServer crlServer;

    @AfterEach
    void stop() {
        if (crlServer != null) {
            crlServer.stop(0);
        }
    }

    @Test
    void leafCertificatesNameTheConfiguredUrlAndTheCaNone() throws Exception {
        final URI url = URI.create("http://pki.example.com:8091/crl");
        final CertificateAuthority ca = CertificateAuthority.create(
                PkiSettings.builder().crlDistributionPoint(url).build(), Clock.systemUTC());

        final X509Certificate device = ca.issueDeviceCertificate(MAC).certificate();
        final X509Certificate server = ca.issueServerCertificate(List.of("prov.example.com")).certificate();

        assertThat(LeafExtensions.crlUrl(device)).contains(url);
        assertThat(LeafExtensions.crlUrl(server)).contains(url);
        assertThat(LeafExtensions.crlUrl(ca.certificate())).isEmpty();
    }

    @Test
    void withoutAUrlCertificatesNameNoDistributionPoint() {
        final CertificateAuthority ca = CertificateAuthority.create(PkiSettings.defaults(), Clock.systemUTC());

        assertThat(LeafExtensions.crlUrl(ca.issueDeviceCertificate(MAC).certificate())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ldap://pki.example.com/crl", "/crl", "http:crl", "file:///tmp/crl"})
    void urlThatIsNoHttpUrlIsRefusedNamingIt(String url) {
        assertThatThrownBy(() -> PkiSettings.builder().crlDistributionPoint(URI.create(url)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("crlDistributionPoint: " + url);
    }

    @Test
    void openSslFetchesTheCrlFromTheDistributionPointAndSeesTheRevocation() throws Exception {
        final URI url = startCrlServer();
        final CertificateAuthority ca = CertificateAuthority.create(
                PkiSettings.builder().crlDistributionPoint(url).build(), Clock.systemUTC());
        final CrlPublisher publisher = new CrlPublisher(ca, new FileRevocationStore(directory.resolve("revoked.txt")),
                                                        directory.resolve("crl.pem"), Clock.systemUTC());
        final KeyMaterial device = ca.issueDeviceCertificate(MAC);
        servedCrl.set(publisher.publish().getEncoded());

        // OpenSSL is given our CA only; the CRL it must find through the certificate.
        final OpenSsl.Result beforeRevocation = verifyDownloadingTheCrl(ca, device.certificate());
        servedCrl.set(publisher.revoke(device.certificate().getSerialNumber()).getEncoded());
        final OpenSsl.Result afterRevocation = verifyDownloadingTheCrl(ca, device.certificate());

        assertThat(beforeRevocation.exitCode()).as(beforeRevocation.output()).isZero();
        assertThat(afterRevocation.exitCode()).isNotZero();
        assertThat(afterRevocation.output()).contains("certificate revoked");
    }

    private URI startCrlServer() throws Exception {
        crlServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        crlServer.createContext("/crl", exchange -> {
            final byte[] crl = servedCrl.get();
            exchange.getResponseHeaders().set("Content-Type", "application/pkix-crl");
            exchange.sendResponseHeaders(200, crl.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(crl);
            }
        });
        crlServer.start();
        return URI.create("http://127.0.0.1:" + crlServer.getAddress().getPort() + "/crl");
    }

    private OpenSsl.Result verifyDownloadingTheCrl(CertificateAuthority ca, X509Certificate leaf) throws Exception {
        final Path caFile = Files.writeString(directory.resolve("ca.pem"), PemFiles.toPem(List.of(ca.certificate())));
        final Path leafFile = Files.writeString(directory.resolve("leaf.pem"), PemFiles.toPem(List.of(leaf)));
        return OpenSsl.run("verify", "-crl_check", "-crl_download", "-CAfile", arg(caFile), arg(leafFile));
    }
}
