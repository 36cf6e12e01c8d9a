package io.deskprov.app;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

/** TLS as a client trusting only a given CA, such as the node's own. */
final class TlsProbe {
    private TlsProbe() {
    }

    /** Completes a handshake and returns the server's certificate. */
    static X509Certificate peerCertificate(String host, int port, X509Certificate trustedCa)
            throws IOException, GeneralSecurityException {
        try (SSLSocket socket = (SSLSocket) trusting(trustedCa).getSocketFactory().createSocket(host, port)) {
            socket.setSoTimeout(5000);
            socket.startHandshake();
            return (X509Certificate) socket.getSession().getPeerCertificates()[0];
        }
    }

    /** A client context that trusts the CA and nothing else. */
    static SSLContext trusting(X509Certificate trustedCa) throws IOException, GeneralSecurityException {
        final KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        trust.setCertificateEntry("deskprov-ca", trustedCa);
        final TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        final SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }
}
