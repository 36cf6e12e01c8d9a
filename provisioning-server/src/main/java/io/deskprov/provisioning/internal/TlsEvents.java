package io.deskprov.provisioning.internal;

import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.deskprov.certs.CertificateRejectedException;
import io.deskprov.certs.device.DeviceCertificateVerifier;
import io.deskprov.store.device.MacAddress;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.util.AttributeKey;

/**
 * Counts TLS handshakes and, when the phone presented a client certificate, remembers the MAC
 * it names for the requests of the connection. The trust manager has verified the chain during
 * the handshake; this asks the verifier again only to learn which device it names.
 */
final class TlsEvents extends ChannelInboundHandlerAdapter {
    private static final Logger logger = LoggerFactory.getLogger(TlsEvents.class);
    private static final AttributeKey<MacAddress> CERTIFICATE_MAC = AttributeKey.valueOf("deskprov.certificateMac");

    private final DeviceCertificateVerifier verifier;
    private final ServerMetrics metrics;

    TlsEvents(DeviceCertificateVerifier verifier, ServerMetrics metrics) {
        this.verifier = verifier;
        this.metrics = metrics;
    }

    /** The MAC of the connection's verified client certificate, or null when it has none. */
    static @Nullable MacAddress certificateMac(Channel channel) {
        return channel.attr(CERTIFICATE_MAC).get();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
        if (event instanceof SslHandshakeCompletionEvent handshake) {
            metrics.handshake(handshake.isSuccess());
            if (handshake.isSuccess()) {
                remember(ctx);
            } else {
                logger.debug("{}: TLS handshake failed: {}", ctx.channel().remoteAddress(),
                             String.valueOf(handshake.cause()));
            }
        }
        super.userEventTriggered(ctx, event);
    }

    private void remember(ChannelHandlerContext ctx) {
        final SSLSession session = ctx.pipeline().get(SslHandler.class).engine().getSession();
        final List<X509Certificate> chain = new ArrayList<>();
        try {
            for (Certificate certificate : session.getPeerCertificates()) {
                chain.add((X509Certificate) certificate);
            }
        } catch (SSLPeerUnverifiedException e) {
            return;
        }
        try {
            final String mac = verifier.verify(chain).mac().value();
            ctx.channel().attr(CERTIFICATE_MAC).set(new MacAddress(mac));
        } catch (CertificateRejectedException e) {
            // Accepted at the handshake, refused now (say, revoked in between): no identity at all.
            logger.debug("{}: client certificate refused after the handshake: {}", ctx.channel().remoteAddress(),
                         e.getMessage());
        }
    }
}
