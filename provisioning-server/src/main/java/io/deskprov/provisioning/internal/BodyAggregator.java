package io.deskprov.provisioning.internal;

import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpUtil;

/**
 * Collects the body of a request that has one (an upload) into one message. A request that
 * declares no body, as every GET and HEAD of a phone does, passes on as it came, followed by its
 * empty last content: collecting nothing would cost a buffer and a header rewrite per request.
 */
final class BodyAggregator extends HttpObjectAggregator {
    BodyAggregator(int maxContentLength) {
        super(maxContentLength);
    }

    @Override
    public boolean acceptInboundMessage(Object msg) throws Exception {
        if (msg instanceof HttpRequest request && !(msg instanceof FullHttpRequest)
            && declaresNoBody(request)) {
            return false;
        }
        return super.acceptInboundMessage(msg);
    }

    /** True for a well-formed request without a body; a failed one is collected as before. */
    static boolean declaresNoBody(HttpRequest request) {
        // The decoder has checked Content-Length by now, so reading it cannot fail.
        if (!request.decoderResult().isSuccess() || HttpUtil.isTransferEncodingChunked(request)) {
            return false;
        }
        return HttpUtil.getContentLength(request, 0L) == 0;
    }
}
