package io.deskprov.provisioning.internal;

import java.util.concurrent.TimeUnit;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.socket.DuplexChannel;
import io.netty.handler.ssl.SslHandler;

/**
 * Closes a connection after an answer that refused the request before reading all of it (a
 * header too large, a body too long). Closing at once would leave the unread rest in the socket,
 * and a socket closed with unread data sends a reset, which makes the client drop the answer it
 * has not read yet. So the write side ends first (TLS close_notify or a FIN), the decoder, which
 * has given up on the request, discards what still arrives, and the connection closes when the
 * client closes it or after a short linger, whichever comes first.
 */
final class LingeringClose implements ChannelFutureListener {
    static final LingeringClose INSTANCE = new LingeringClose();
    private static final long LINGER_MILLIS = 2_000;

    private LingeringClose() {
    }

    @Override
    public void operationComplete(ChannelFuture future) {
        final Channel channel = future.channel();
        if (!future.isSuccess() || !channel.isActive()) {
            channel.close();
            return;
        }
        final SslHandler tls = channel.pipeline().get(SslHandler.class);
        if (tls != null) {
            tls.closeOutbound();
        } else if (channel instanceof DuplexChannel duplex) {
            duplex.shutdownOutput();
        }
        channel.eventLoop().schedule(() -> channel.close(), LINGER_MILLIS, TimeUnit.MILLISECONDS);
    }
}
