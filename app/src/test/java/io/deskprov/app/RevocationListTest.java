package io.deskprov.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.deskprov.app.config.Configuration;
import io.deskprov.certs.KeyMaterial;
import io.deskprov.certs.MacAddress;
import io.deskprov.certs.ca.CertificateAuthority;

/**
 * The certificates of our CA name the management endpoint's {@code /crl} as their CRL
 * distribution point, and OpenSSL, given nothing but our CA, fetches the list from there.
 */
class RevocationListTest {
    @TempDir
    Path dataDir;

    @Test
    void openSslFollowsTheDistributionPointToTheNodesRevocationList() throws Exception {
        final int port = FreePorts.udpAndTcp();
        final String crlUrl = "http://127.0.0.1:" + port + "/crl";
        final Configuration config = Configuration.load(null, Map.of(), List.of(
                "data.dir=" + dataDir, "management.host=127.0.0.1", "management.port=" + port,
                "pki.crl-url=" + crlUrl, "sip.enabled=false", "provisioning.enabled=false", "portal.enabled=false"));
        try (Node node = Node.start(config, Clock.systemUTC(), new PrintStream(OutputStream.nullOutputStream()))) {
            final CertificateAuthority ca = node.pki().certificateAuthority().orElseThrow();
            final KeyMaterial device = ca.issueDeviceCertificate(MacAddress.parse("00:15:65:12:34:56"));
            final Path caFile = pem("ca.pem", ca.certificate());
            final Path deviceFile = pem("device.pem", device.certificate());
            final Path serverFile = pem("server.pem", node.pki().serverKeyMaterial().current().certificate());

            final HttpResponse<byte[]> served = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(crlUrl)).build(), HttpResponse.BodyHandlers.ofByteArray());
            final X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509")
                                                            .generateCRL(new ByteArrayInputStream(served.body()));
            crl.verify(ca.certificate().getPublicKey());
            assertThat(served.headers().firstValue("content-type")).contains("application/pkix-crl");
            assertThat(OpenSslCommand.run("x509", "-in", deviceFile.toString(), "-noout", "-ext",
                                          "crlDistributionPoints")).contains("URI:" + crlUrl);
            assertThat(verify(caFile, deviceFile)).contains(deviceFile + ": OK");
            assertThat(verify(caFile, serverFile)).contains(serverFile + ": OK");

            node.pki().revocations().orElseThrow().revoke(device.certificate().getSerialNumber());

            assertThat(verify(caFile, deviceFile)).contains("certificate revoked");
            assertThat(verify(caFile, serverFile)).contains(serverFile + ": OK");
        }
    }

    private static String verify(Path caFile, Path leafFile) throws Exception {
        return OpenSslCommand.run("verify", "-crl_check", "-crl_download", "-CAfile", caFile.toString(),
                                  leafFile.toString());
    }

    private Path pem(String name, X509Certificate certificate) throws Exception {
        final String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                                    .encodeToString(certificate.getEncoded());
        return Files.writeString(dataDir.resolve(name),
                                 "-----BEGIN CERTIFICATE-----\n" + base64 + "\n-----END CERTIFICATE-----\n");
    }
}
