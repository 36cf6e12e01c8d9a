package io.deskprov.provisioning.internal;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import io.deskprov.store.device.MacAddress;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;

/**
 * One request as the handler ladder learns about it, from the raw request to the device it is
 * for. Created and first read on the event loop; handed to a worker before any blocking step and
 * back to the event loop to write. Fields set along the ladder are read only after they are set.
 */
final class Exchange {
    final ChannelHandlerContext ctx;
    final HttpMethod method;
    final String target;
    final HttpHeaders headers;
    final byte[] body;
    final boolean keepAlive;
    final boolean secure;
    final @Nullable MacAddress certificateMac;
    final long startNanos;
    private FileKind kind = FileKind.UNKNOWN;
    private String fileName = "-";
    private @Nullable MacAddress mac;
    private Optional<PhoneAgent> agent = Optional.empty();
    private volatile @Nullable Long deviceId;
    private Authenticator.@Nullable Outcome outcome;

    Exchange(ChannelHandlerContext ctx, HttpMethod method, String target, HttpHeaders headers, byte[] body,
             boolean keepAlive, boolean secure, @Nullable MacAddress certificateMac, long startNanos) {
        this.ctx = ctx;
        this.method = method;
        this.target = target;
        this.headers = headers;
        this.body = body;
        this.keepAlive = keepAlive;
        this.secure = secure;
        this.certificateMac = certificateMac;
        this.startNanos = startNanos;
    }

    void file(RequestedFile file) {
        this.kind = file.kind();
        this.fileName = file.canonicalName();
    }

    void device(@Nullable MacAddress mac) {
        this.mac = mac;
    }

    void agent(Optional<PhoneAgent> agent) {
        this.agent = agent;
    }

    /** Marks the request as coming from this device, proven. */
    void authenticated(long deviceId) {
        this.deviceId = deviceId;
    }

    /** Remembers how the request authenticated, so that a second pass on a worker does not ask again. */
    void outcome(Authenticator.Outcome outcome) {
        this.outcome = outcome;
    }

    Authenticator.@Nullable Outcome outcome() {
        return outcome;
    }

    /** The device the request proved to come from, or null. */
    @Nullable Long deviceId() {
        return deviceId;
    }

    FileKind kind() {
        return kind;
    }

    String fileName() {
        return fileName;
    }

    @Nullable MacAddress mac() {
        return mac;
    }

    Optional<PhoneAgent> agent() {
        return agent;
    }

    String userAgent() {
        final String value = headers.get("User-Agent");
        return value == null ? "-" : value;
    }

    InetAddress remoteAddress() {
        return ((InetSocketAddress) ctx.channel().remoteAddress()).getAddress();
    }

    boolean isHead() {
        return method.equals(HttpMethod.HEAD);
    }
}
