package io.deskprov.provisioning.internal;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import javax.net.ssl.SSLException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.deskprov.certs.KeyMaterial;
import io.deskprov.certs.device.DeviceCertificateVerifier;
import io.deskprov.certs.tls.DeviceTrustManager;
import io.deskprov.certs.tls.ReloadingKeyMaterial;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.OpenSsl;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;

/**
 * The server's TLS context, rebuilt when the certificate files are renewed: new connections get
 * the new certificate, open ones keep theirs. OpenSSL (BoringSSL through netty-tcnative) when it
 * loads, the JDK otherwise. Client certificates are optional, so that phones without one can
 * log in with a password; those presented are checked by the device trust manager.
 */
final class TlsContexts {
    private static final Logger logger = LoggerFactory.getLogger(TlsContexts.class);

    private final DeviceCertificateVerifier verifier;
    private final List<String> protocols;
    private final SslProvider provider;
    private final AtomicReference<SslContext> current = new AtomicReference<>();

    TlsContexts(ReloadingKeyMaterial keyMaterial, DeviceCertificateVerifier verifier, List<String> protocols)
            throws SSLException {
        this.verifier = verifier;
        this.protocols = protocols;
        this.provider = OpenSsl.isAvailable() ? SslProvider.OPENSSL : SslProvider.JDK;
        if (provider == SslProvider.JDK) {
            logger.warn("OpenSSL is not available ({}); TLS falls back to the JDK provider, which is slower",
                        String.valueOf(OpenSsl.unavailabilityCause()));
        }
        current.set(build(keyMaterial.current()));
        keyMaterial.onReload(this::reload);
        logger.info("TLS provider {}, protocols {}, client certificates optional", provider, protocols);
    }

    SslContext current() {
        return current.get();
    }

    SslProvider provider() {
        return provider;
    }

    private void reload(KeyMaterial material) {
        try {
            current.set(build(material));
        } catch (SSLException e) {
            logger.warn("Renewed certificate {} is not usable for TLS, keeping the previous one",
                        material.certificate().getSubjectX500Principal(), e);
        }
    }

    private SslContext build(KeyMaterial material) throws SSLException {
        return SslContextBuilder.forServer(material.privateKey(), material.chain())
                                .sslProvider(provider)
                                .protocols(protocols)
                                .trustManager(new DeviceTrustManager(verifier))
                                .clientAuth(ClientAuth.OPTIONAL)
                                .build();
    }
}
