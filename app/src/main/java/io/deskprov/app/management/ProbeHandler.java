package io.deskprov.app.management;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.cert.CRLException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.deskprov.certs.PkiException;
import io.deskprov.certs.revocation.CrlSource;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;

/** Answers the management paths; everything else is 404, and anything but GET or HEAD is 405. */
@Sharable
final class ProbeHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
    private static final Logger logger = LoggerFactory.getLogger(ProbeHandler.class);
    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";
    private static final String CA_PATH = "/ca.crt";
    private static final String CRL_PATH = "/crl";
    private static final Set<String> PATHS = Set.of("/healthz", "/readyz", "/metrics", CA_PATH, CRL_PATH);

    private final BooleanSupplier ready;
    private final PrometheusMeterRegistry registry;
    private final byte @Nullable [] caCertificate;
    private final @Nullable CrlSource crl;

    ProbeHandler(BooleanSupplier ready, PrometheusMeterRegistry registry, @Nullable X509Certificate caCertificate,
                 @Nullable CrlSource crl) {
        this.ready = ready;
        this.registry = registry;
        this.caCertificate = caCertificate == null ? null : encoded(caCertificate);
        this.crl = crl;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        final FullHttpResponse response = respond(request);
        final boolean keepAlive = HttpUtil.isKeepAlive(request);
        HttpUtil.setContentLength(response, response.content().readableBytes());
        if (request.method().equals(HttpMethod.HEAD)) {
            response.content().clear();
        }
        if (keepAlive) {
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
            ctx.writeAndFlush(response);
        } else {
            ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        }
    }

    private FullHttpResponse respond(FullHttpRequest request) {
        if (!request.decoderResult().isSuccess()) {
            return text(HttpResponseStatus.BAD_REQUEST, "bad request\n");
        }
        final String path = new QueryStringDecoder(request.uri()).path();
        if (!PATHS.contains(path) || path.equals(CA_PATH) && caCertificate == null
            || path.equals(CRL_PATH) && crl == null) {
            return text(HttpResponseStatus.NOT_FOUND, "not found\n");
        }
        if (!request.method().equals(HttpMethod.GET) && !request.method().equals(HttpMethod.HEAD)) {
            final FullHttpResponse refused = text(HttpResponseStatus.METHOD_NOT_ALLOWED, "method not allowed\n");
            refused.headers().set(HttpHeaderNames.ALLOW, "GET, HEAD");
            return refused;
        }
        return switch (path) {
            // Alive means the process answers; whether it can serve is /readyz's question.
            case "/healthz" -> text(HttpResponseStatus.OK, "ok\n");
            case "/readyz" -> ready.getAsBoolean() ? text(HttpResponseStatus.OK, "ready\n")
                                                    : text(HttpResponseStatus.SERVICE_UNAVAILABLE, "not ready\n");
            case CA_PATH -> caCertificate();
            case CRL_PATH -> revocationList(requireNonNull(crl));
            default -> metrics();
        };
    }

    private FullHttpResponse caCertificate() {
        final FullHttpResponse response = new DefaultFullHttpResponse(
                HttpVersion.HTTP_1_1, HttpResponseStatus.OK, Unpooled.wrappedBuffer(requireNonNull(caCertificate)));
        // DER with this type is what phones' and browsers' certificate installers expect.
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/x-x509-ca-cert");
        response.headers().set(HttpHeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"deskprov-ca.crt\"");
        return response;
    }

    /**
     * The CRL our certificates name as their distribution point: DER with the type of RFC 2585
     * section 4.2 (https://datatracker.ietf.org/doc/html/rfc2585#section-4.2), as verifiers fetch it.
     */
    private static FullHttpResponse revocationList(CrlSource crl) {
        final byte[] der;
        try {
            der = crl.currentCrl().getEncoded();
        } catch (PkiException | CRLException e) {
            logger.warn("Revocation list not served: {}", e.getMessage(), e);
            return text(HttpResponseStatus.SERVICE_UNAVAILABLE, "revocation list unavailable\n");
        }
        final FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK,
                                                                      Unpooled.wrappedBuffer(der));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/pkix-crl");
        return response;
    }

    private static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("caCertificate cannot be encoded", e);
        }
    }

    private FullHttpResponse metrics() {
        final FullHttpResponse response = text(HttpResponseStatus.OK, registry.scrape());
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, PROMETHEUS_TEXT);
        return response;
    }

    private static FullHttpResponse text(HttpResponseStatus status, String body) {
        final FullHttpResponse response = new DefaultFullHttpResponse(
                HttpVersion.HTTP_1_1, status,
                Unpooled.copiedBuffer(body, StandardCharsets.UTF_8));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8");
        response.headers().set(HttpHeaderNames.CACHE_CONTROL, "no-store");
        return response;
    }
}
