package io.deskprov.portal.testing;

import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Clock;
import java.util.List;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import io.deskprov.certs.KeyMaterial;
import io.deskprov.certs.ca.CertificateAuthority;
import io.deskprov.certs.ca.PkiSettings;

/** A test CA, a server certificate for 127.0.0.1 from it, and contexts for both ends. */
public final class TestTls {
    private static final char[] PASSWORD = "test".toCharArray();
    private static final TestTls INSTANCE = new TestTls();

    private final SSLContext server;
    private final SSLContext client;

    private TestTls() {
        try {
            final CertificateAuthority ca = CertificateAuthority.create(PkiSettings.defaults(), Clock.systemUTC());
            final KeyMaterial material = ca.issueServerCertificate(List.of("localhost", "127.0.0.1"));
            final KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(null, null);
            keys.setKeyEntry("portal", material.privateKey(), PASSWORD,
                             material.chain().toArray(new Certificate[0]));
            final KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keys, PASSWORD);
            server = SSLContext.getInstance("TLS");
            server.init(kmf.getKeyManagers(), null, null);

            final KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("ca", ca.certificate());
            final TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            client = SSLContext.getInstance("TLS");
            client.init(null, tmf.getTrustManagers(), null);
        } catch (Exception e) {
            throw new IllegalStateException("test TLS setup failed", e);
        }
    }

    public static SSLContext server() {
        return INSTANCE.server;
    }

    /** Trusts only the test CA. */
    public static SSLContext client() {
        return INSTANCE.client;
    }
}
