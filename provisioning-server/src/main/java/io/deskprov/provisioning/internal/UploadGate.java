package io.deskprov.provisioning.internal;

import io.deskprov.provisioning.UploadLimits;
import io.deskprov.provisioning.UploadLimits.UploadKind;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.DefaultLastHttpContent;
import io.netty.handler.codec.http.EmptyHttpHeaders;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.TooLongHttpContentException;
import io.netty.util.ReferenceCountUtil;

/**
 * Holds every request body to its limit: an upload's to its kind's, any other to the largest
 * upload limit, which is what the aggregator behind buffers at most. A request whose declared
 * length passes the limit is refused before its body is read; one without a declared length
 * once its body passes it. The refusal is not written here but passed on as a request that
 * failed to decode as too long, so the ladder answers it with 413 and accounts for it like
 * every other answer (access log, metrics); the rest of that request is dropped.
 */
final class UploadGate extends ChannelInboundHandlerAdapter {
    private final UploadLimits limits;
    /** Body bytes the current request may still bring. */
    private long remaining;
    private boolean discarding;

    UploadGate(UploadLimits limits) {
        this.limits = limits;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        if (msg instanceof HttpRequest request) {
            discarding = false;
            remaining = limit(request);
            // A request that failed to decode goes on as it is; the ladder answers it.
            if (request.decoderResult().isSuccess() && HttpUtil.getContentLength(request, 0L) > remaining) {
                discarding = true;
                ReferenceCountUtil.release(msg);
                ctx.fireChannelRead(tooLarge(request));
                return;
            }
        }
        if (msg instanceof HttpContent content) {
            if (discarding) {
                content.release();
                return;
            }
            remaining -= content.content().readableBytes();
            if (remaining < 0) {
                discarding = true;
                content.release();
                // Ends the body the aggregator is collecting, marked as too long.
                ctx.fireChannelRead(tooLong(new DefaultLastHttpContent(Unpooled.EMPTY_BUFFER)));
                return;
            }
        }
        super.channelRead(ctx, msg);
    }

    private long limit(HttpRequest request) {
        if (!request.method().equals(HttpMethod.PUT)) {
            return limits.largest();
        }
        final RequestPath.Result path = RequestPath.parse(request.uri());
        if (path.isRefused()) {
            return limits.largest();
        }
        final UploadKind kind = RequestedFile.classify(path.fileName()).kind().uploadKind();
        return kind == null ? limits.largest() : limits.limit(kind);
    }

    /** The request without its body, complete, so that the aggregator passes it on as it is. */
    private static FullHttpRequest tooLarge(HttpRequest request) {
        return tooLong(new DefaultFullHttpRequest(request.protocolVersion(), request.method(), request.uri(),
                                                  Unpooled.EMPTY_BUFFER, request.headers(),
                                                  EmptyHttpHeaders.INSTANCE));
    }

    private static <T extends LastHttpContent> T tooLong(T message) {
        message.setDecoderResult(DecoderResult.failure(new TooLongHttpContentException("body over its limit")));
        return message;
    }
}
