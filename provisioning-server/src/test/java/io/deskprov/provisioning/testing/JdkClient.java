package io.deskprov.provisioning.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.jspecify.annotations.Nullable;

import io.deskprov.certs.KeyMaterial;
import io.deskprov.certs.KeyMaterialFiles;

/** The JDK's HTTP client over TLS that trusts the test CA and may present a device certificate. */
public final class JdkClient {
    private final HttpClient client;

    private JdkClient(HttpClient client) {
        this.client = client;
    }

    /** A client presenting the certificate in the files, or none when null. */
    public static JdkClient create(TestPki pki, @Nullable KeyMaterialFiles certificate) throws Exception {
        final TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        final KeyStore anchors = KeyStore.getInstance("PKCS12");
        anchors.load(null, null);
        anchors.setCertificateEntry("ca", pki.ca().certificate());
        trust.init(anchors);
        final KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        final KeyStore own = KeyStore.getInstance("PKCS12");
        own.load(null, null);
        if (certificate != null) {
            final KeyMaterial material = KeyMaterial.read(certificate);
            own.setKeyEntry("device", material.privateKey(), new char[0],
                            material.chain().toArray(new Certificate[0]));
        }
        keys.init(own, new char[0]);
        final SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
        return new JdkClient(HttpClient.newBuilder().sslContext(context).connectTimeout(Duration.ofSeconds(10))
                                       .version(HttpClient.Version.HTTP_1_1).build());
    }

    public HttpResponse<String> get(String url, String userAgent) throws Exception {
        final HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("User-Agent", userAgent)
                                               .timeout(Duration.ofSeconds(20)).GET().build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
