package io.deskprov.provisioning.internal;

import java.time.Clock;
import java.time.Duration;

import io.deskprov.store.device.MacAddress;
import io.deskprov.store.event.ProvisioningEvent;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.EmptyHttpHeaders;
import io.netty.handler.codec.http.HttpChunkedInput;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;

/**
 * Writes a {@link Reply} on the channel's event loop and then accounts for it: one access log
 * line, the request meters and, for authenticated devices, a provisioning event.
 */
final class ReplyWriter {
    private static final byte[] NO_BYTES = new byte[0];

    private final ServerMetrics metrics;
    private final RecordWriter records;
    private final AccessLog accessLog;
    private final Clock clock;

    ReplyWriter(ServerMetrics metrics, RecordWriter records, AccessLog accessLog, Clock clock) {
        this.metrics = metrics;
        this.records = records;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** Writes the reply; may be called from any thread. */
    void write(Exchange exchange, Reply reply) {
        final ChannelHandlerContext ctx = exchange.ctx;
        if (!ctx.executor().inEventLoop()) {
            ctx.executor().execute(() -> write(exchange, reply));
            return;
        }
        if (!ctx.channel().isActive()) {
            reply.discard();
            return;
        }
        final boolean keepAlive = exchange.keepAlive && !reply.isClosing();
        final ChannelFuture done = send(exchange, reply, keepAlive);
        if (!keepAlive) {
            // A refusal may leave part of the request unread; a plain last answer leaves nothing.
            done.addListener(reply.isClosing() ? LingeringClose.INSTANCE : ChannelFutureListener.CLOSE);
        }
        account(exchange, reply);
    }

    private static ChannelFuture send(Exchange exchange, Reply reply, boolean keepAlive) {
        final ChannelHandlerContext ctx = exchange.ctx;
        final HttpHeaders headers = reply.headers();
        final HttpChunkedInput stream = reply.stream();
        if (stream != null && !exchange.isHead()) {
            final HttpResponse response = new DefaultHttpResponse(HttpVersion.HTTP_1_1, reply.status(), headers);
            prepare(response, reply, keepAlive);
            ChannelSetup.enableStreaming(ctx.pipeline());
            IdleCloser.streaming(ctx.channel(), true);
            ctx.write(response);
            return ctx.writeAndFlush(stream).addListener(f -> IdleCloser.streaming(ctx.channel(), false));
        }
        final Reply.Prepared prepared = reply.prepared();
        if (prepared != null) {
            final ByteBuf body = exchange.isHead() ? Unpooled.EMPTY_BUFFER : prepared.body().duplicate();
            return ctx.writeAndFlush(new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, reply.status(), body,
                    keepAlive ? prepared.keepAlive() : prepared.closing(), EmptyHttpHeaders.INSTANCE));
        }
        reply.discard();
        final byte[] body = exchange.isHead() ? NO_BYTES : reply.body();
        final DefaultFullHttpResponse response = new DefaultFullHttpResponse(
                HttpVersion.HTTP_1_1, reply.status(), Unpooled.wrappedBuffer(body), headers,
                EmptyHttpHeaders.INSTANCE);
        prepare(response, reply, keepAlive);
        return ctx.writeAndFlush(response);
    }

    private static void prepare(HttpResponse response, Reply reply, boolean keepAlive) {
        HttpUtil.setContentLength(response, reply.length());
        HttpUtil.setKeepAlive(response, keepAlive);
    }

    private void account(Exchange exchange, Reply reply) {
        final Duration elapsed = Duration.ofNanos(System.nanoTime() - exchange.startNanos);
        final int status = reply.status().code();
        final long bytes = exchange.isHead() ? 0 : reply.length();
        final MacAddress mac = exchange.mac();
        metrics.request(exchange.kind(), status, elapsed);
        accessLog.add(exchange.remoteAddress(), exchange.method.name(), exchange.fileName(), mac, status, bytes,
                      elapsed.toNanos() / 1000, exchange.userAgent());
        final Long deviceId = exchange.deviceId();
        if (deviceId != null) {
            final long moved = exchange.method.name().equals("PUT") ? exchange.body.length : bytes;
            records.add(new ProvisioningEvent(deviceId, mac, clock.instant(), exchange.method.name(),
                                              exchange.fileName(), status, moved, elapsed.toNanos() / 1000,
                                              exchange.remoteAddress().getHostAddress(), exchange.userAgent()));
        }
    }
}
