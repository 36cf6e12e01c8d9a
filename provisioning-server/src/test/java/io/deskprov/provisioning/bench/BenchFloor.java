package io.deskprov.provisioning.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import io.deskprov.provisioning.internal.Transport;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;

/**
 * The floor under the provisioning server: Netty with the same transport, TLS provider,
 * certificate and HTTP codec, answering each path with the static file of that name and doing
 * nothing else: no authentication, caching, logging or metrics. The benchmark measures it beside
 * the server to tell the cost of the platform from the cost of our own work.
 *
 * <p>Arguments: the bench server's work directory (its {@code static} files and key pair), port.
 */
public final class BenchFloor {
    private BenchFloor() {
    }

    public static void main(String[] args) throws Exception {
        final Path work = Path.of(args[0]);
        final int port = Integer.parseInt(args[1]);
        final Map<String, ByteBuf> files = load(work.resolve("static"));
        final SslContext tls = SslContextBuilder.forServer(new File(work.toFile(), "server.crt"),
                                                           new File(work.toFile(), "server.key"))
                                                .sslProvider(SslProvider.OPENSSL)
                                                .build();
        final Transport transport = Transport.best();
        final int loops = Runtime.getRuntime().availableProcessors();
        new ServerBootstrap()
                .group(new MultiThreadIoEventLoopGroup(1, transport.ioHandlers()),
                       new MultiThreadIoEventLoopGroup(loops, transport.ioHandlers()))
                .channel(transport.serverChannel())
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        channel.pipeline().addLast(tls.newHandler(channel.alloc()), new HttpServerCodec(),
                                                   new StaticFiles(files));
                    }
                })
                .bind("127.0.0.1", port)
                .syncUninterruptibly();
        System.out.println("READY " + port);
        new CountDownLatch(1).await();
    }

    private static Map<String, ByteBuf> load(Path directory) throws Exception {
        final Map<String, ByteBuf> files = new HashMap<>();
        try (Stream<Path> paths = Files.list(directory)) {
            for (Path path : paths.toList()) {
                final byte[] bytes = Files.readAllBytes(path);
                final ByteBuf buffer = Unpooled.directBuffer(bytes.length).writeBytes(bytes);
                files.put("/" + path.getFileName(), Unpooled.unreleasableBuffer(buffer));
            }
        }
        return files;
    }

    /** Answers a path with its file, or 404, keeping the connection open as the client asks. */
    private static final class StaticFiles extends SimpleChannelInboundHandler<HttpRequest> {
        private final Map<String, ByteBuf> files;

        StaticFiles(Map<String, ByteBuf> files) {
            this.files = files;
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, HttpRequest request) {
            final ByteBuf file = files.get(request.uri());
            final FullHttpResponse response = file == null
                    ? new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.NOT_FOUND)
                    : new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK, file.duplicate());
            HttpUtil.setContentLength(response, response.content().readableBytes());
            final boolean keepAlive = HttpUtil.isKeepAlive(request);
            HttpUtil.setKeepAlive(response, keepAlive);
            if (keepAlive) {
                ctx.writeAndFlush(response);
            } else {
                ctx.writeAndFlush(response).addListener(future -> ctx.close());
            }
        }
    }
}
