package io.deskprov.certs.tls;

import static java.util.Objects.requireNonNull;

import io.deskprov.certs.CertificateRejectedException;
import io.deskprov.certs.device.DeviceCertificateVerifier;
import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A trust manager for TLS listeners that accepts the client certificates of devices: those of
 * our CA that are not revoked and the factory certificates of trusted vendors. It offers those
 * CAs in the certificate request, so a phone can pick the right certificate. It checks clients
 * only; it refuses every server.
 */
public final class DeviceTrustManager extends X509ExtendedTrustManager {
    private static final Logger logger = LoggerFactory.getLogger(DeviceTrustManager.class);

    private final DeviceCertificateVerifier verifier;

    /**
     * Creates a trust manager that accepts what {@code verifier} accepts.
     */
    public DeviceTrustManager(DeviceCertificateVerifier verifier) {
        this.verifier = requireNonNull(verifier, "verifier");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        check(chain, "a client");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, @Nullable Socket socket)
            throws CertificateException {
        check(chain, socket == null ? "a client" : String.valueOf(socket.getRemoteSocketAddress()));
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, @Nullable SSLEngine engine)
            throws CertificateException {
        check(chain, engine == null ? "a client" : engine.getPeerHost() + ":" + engine.getPeerPort());
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("the device trust manager checks TLS clients only");
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, @Nullable Socket socket)
            throws CertificateException {
        checkServerTrusted(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, @Nullable SSLEngine engine)
            throws CertificateException {
        checkServerTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return verifier.acceptedIssuers().toArray(new X509Certificate[0]);
    }

    private void check(X509Certificate[] chain, String peer) throws CertificateException {
        try {
            verifier.verify(List.of(chain));
        } catch (CertificateRejectedException e) {
            // The TLS stack reports the handshake failure; this line says why, once per attempt.
            logger.debug("{}: client certificate refused ({}): {}", peer, e.reason(), e.getMessage());
            throw new CertificateException(e.getMessage(), e);
        }
    }
}
