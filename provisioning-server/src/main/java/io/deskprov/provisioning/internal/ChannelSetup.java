package io.deskprov.provisioning.internal;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import io.deskprov.provisioning.ProvisioningServerSettings;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.stream.ChunkedWriteHandler;
import io.netty.handler.timeout.IdleStateHandler;

/**
 * The pipeline of one connection: connection limit, TLS, stall detection, HTTP/1.1 with the
 * configured limits, upload limits, aggregation of an upload's (small) body, then the ladder;
 * a streaming writer joins before the ladder when the connection first streams a reply.
 */
final class ChannelSetup extends ChannelInitializer<SocketChannel> {
    private static final String LADDER = "ladder";
    private static final String STREAMER = "chunked";
    private final ProvisioningServerSettings settings;
    private final @Nullable Supplier<SslContext> tls;
    private final ConnectionGate gate;
    private final IdleCloser idleCloser = new IdleCloser();
    private final @Nullable TlsEventsFactory tlsEvents;
    private final Supplier<ProvisioningHandler> handlers;

    /** Makes the per-connection TLS observer, which keeps per-connection state. */
    @FunctionalInterface
    interface TlsEventsFactory {
        TlsEvents create();
    }

    ChannelSetup(ProvisioningServerSettings settings, @Nullable Supplier<SslContext> tls, ConnectionGate gate,
                 @Nullable TlsEventsFactory tlsEvents, Supplier<ProvisioningHandler> handlers) {
        this.settings = settings;
        this.tls = tls;
        this.gate = gate;
        this.tlsEvents = tlsEvents;
        this.handlers = handlers;
    }

    /**
     * Makes the connection ready to stream a reply in chunks, as firmware images are sent. Done
     * on the first such reply only: the handler would otherwise look at every answer written.
     * Called on the channel's event loop.
     */
    static void enableStreaming(ChannelPipeline pipeline) {
        if (pipeline.get(STREAMER) == null) {
            pipeline.addBefore(LADDER, STREAMER, new ChunkedWriteHandler());
        }
    }

    @Override
    protected void initChannel(SocketChannel channel) {
        final ChannelPipeline pipeline = channel.pipeline();
        pipeline.addLast("gate", gate);
        if (tls != null && tlsEvents != null) {
            pipeline.addLast("tls", tls.get().newHandler(channel.alloc()));
            pipeline.addLast("tls-events", tlsEvents.create());
        }
        pipeline.addLast("idle", new IdleStateHandler(settings.readTimeout().toMillis(), 0,
                                                      settings.idleTimeout().toMillis(), TimeUnit.MILLISECONDS));
        pipeline.addLast("idle-closer", idleCloser);
        pipeline.addLast("http", new HttpServerCodec(new HttpDecoderConfig()
                .setMaxInitialLineLength(settings.maxInitialLineLength())
                .setMaxHeaderSize(settings.maxHeaderSize())
                .setMaxChunkSize(64 * 1024)));
        pipeline.addLast("upload-gate", new UploadGate(settings.uploadLimits()));
        pipeline.addLast("aggregator", new BodyAggregator((int) Math.max(0, settings.uploadLimits().largest())));
        pipeline.addLast(LADDER, handlers.get());
    }
}
