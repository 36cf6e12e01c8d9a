package io.deskprov.provisioning.internal;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.deskprov.store.device.MacAddress;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;

/**
 * The guard-clause ladder every request climbs on the event loop: decodable, allowed method,
 * safe path, known file, method fits the file, source not throttled, MACs agree. The first rung
 * that fails answers; a request that passes them all goes to the firmware or device responder.
 */
@Sharable
final class ProvisioningHandler extends SimpleChannelInboundHandler<HttpObject> {
    private static final Logger logger = LoggerFactory.getLogger(ProvisioningHandler.class);
    private static final String ALLOW_ALL = "GET, HEAD, PUT";
    private static final byte[] NO_BODY = new byte[0];

    private final boolean secure;
    private final FailureThrottle throttle;
    private final DeviceResponder devices;
    private final FirmwareResponder firmware;
    private final ReplyWriter writer;

    ProvisioningHandler(boolean secure, FailureThrottle throttle, DeviceResponder devices,
                        FirmwareResponder firmware, ReplyWriter writer) {
        this.secure = secure;
        this.throttle = throttle;
        this.devices = devices;
        this.firmware = firmware;
        this.writer = writer;
    }

    /**
     * Takes a request with its body collected, or one without a body as it came from the decoder;
     * the empty last content that follows the latter has nothing left to say.
     */
    @Override
    protected void channelRead0(ChannelHandlerContext ctx, HttpObject message) {
        if (message instanceof FullHttpRequest request) {
            final boolean put = request.method().equals(HttpMethod.PUT);
            answer(ctx, request, put ? ByteBufUtil.getBytes(request.content()) : NO_BODY);
        } else if (message instanceof HttpRequest request) {
            answer(ctx, request, NO_BODY);
        }
    }

    private void answer(ChannelHandlerContext ctx, HttpRequest request, byte[] body) {
        final Exchange exchange = new Exchange(ctx, request.method(), request.uri(), request.headers(),
                body, HttpUtil.isKeepAlive(request), secure, TlsEvents.certificateMac(ctx.channel()),
                System.nanoTime());
        final Reply refusal = climb(exchange, request.decoderResult());
        if (refusal != null) {
            writer.write(exchange, refusal);
        } else if (exchange.kind() == FileKind.FIRMWARE) {
            firmware.respond(exchange);
        } else {
            devices.respond(exchange);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        logger.debug("{}: closing the connection after an error", ctx.channel().remoteAddress(), cause);
        ctx.close();
    }

    /** The answer of the first rung that refuses the request, or null when all let it pass. */
    private @Nullable Reply climb(Exchange exchange, DecoderResult decoded) {
        if (decoded.isFailure()) {
            return Reply.status(decodeFailureStatus(decoded.cause())).closing();
        }
        final HttpMethod method = exchange.method;
        if (!method.equals(HttpMethod.GET) && !method.equals(HttpMethod.HEAD) && !method.equals(HttpMethod.PUT)) {
            return Reply.status(HttpResponseStatus.METHOD_NOT_ALLOWED).header(HttpHeaderNames.ALLOW, ALLOW_ALL);
        }
        final RequestPath.Result path = RequestPath.parse(exchange.target);
        if (path.isRefused()) {
            return Reply.status(Objects.requireNonNull(path.refusal(), "refusal"));
        }
        final RequestedFile file = RequestedFile.classify(path.fileName());
        exchange.file(file);
        if (file.kind() == FileKind.UNKNOWN) {
            return Reply.status(HttpResponseStatus.NOT_FOUND);
        }
        final Reply wrongMethod = wrongMethod(method, file.kind());
        if (wrongMethod != null) {
            return wrongMethod;
        }
        final Duration wait = throttle.retryAfter(exchange.remoteAddress());
        if (wait != null) {
            return Reply.status(HttpResponseStatus.TOO_MANY_REQUESTS)
                        .header(HttpHeaderNames.RETRY_AFTER, Math.max(1, (wait.toMillis() + 999) / 1000));
        }
        final Optional<PhoneAgent> agent = PhoneAgent.parse(exchange.headers.get(HttpHeaderNames.USER_AGENT));
        exchange.agent(agent);
        final MacAddress announced = agent.map(PhoneAgent::mac).orElse(null);
        // A phone names itself in its User-Agent; asking for another phone's file is refused
        // before any credential is looked at.
        if (file.mac() != null && announced != null && !file.mac().equals(announced)) {
            exchange.device(file.mac());
            return Reply.status(HttpResponseStatus.FORBIDDEN);
        }
        if (file.kind() == FileKind.FIRMWARE) {
            return null;
        }
        final MacAddress mac = file.mac() != null ? file.mac()
                               : announced != null ? announced : exchange.certificateMac;
        // A common file for a phone that says nothing of who it is: no device, so no file.
        if (mac == null) {
            return Reply.status(HttpResponseStatus.NOT_FOUND);
        }
        exchange.device(mac);
        return null;
    }

    private static @Nullable Reply wrongMethod(HttpMethod method, FileKind kind) {
        if (method.equals(HttpMethod.PUT) && !kind.isUploadable()) {
            return Reply.status(HttpResponseStatus.METHOD_NOT_ALLOWED).header(HttpHeaderNames.ALLOW, "GET, HEAD");
        }
        if (!method.equals(HttpMethod.PUT) && (kind == FileKind.APP_LOG || kind == FileKind.BOOT_LOG)) {
            return Reply.status(HttpResponseStatus.METHOD_NOT_ALLOWED).header(HttpHeaderNames.ALLOW, "PUT");
        }
        return null;
    }

    private static HttpResponseStatus decodeFailureStatus(Throwable cause) {
        if (cause instanceof TooLongHttpLineException) {
            return HttpResponseStatus.REQUEST_URI_TOO_LONG;
        }
        if (cause instanceof TooLongHttpHeaderException) {
            return HttpResponseStatus.REQUEST_HEADER_FIELDS_TOO_LARGE;
        }
        return cause instanceof TooLongFrameException ? HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE
                                                      : HttpResponseStatus.BAD_REQUEST;
    }
}
