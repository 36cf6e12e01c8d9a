package io.deskprov.provisioning.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import io.deskprov.provisioning.DeviceCredentials;
import io.deskprov.provisioning.UploadLimits;
import io.deskprov.provisioning.internal.Authenticator.Outcome;
import io.deskprov.store.device.MacAddress;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;

/**
 * Answers a request once the ladder has named the device: finds it, authenticates it, then
 * serves, reads back or stores its file. Whatever is cached is answered on the event loop;
 * the first step that would block moves the rest of the work to a worker.
 */
final class DeviceResponder {
    private final DeviceCache cache;
    private final Authenticator authenticator;
    private final FailureThrottle throttle;
    private final Challenges challenges;
    private final Sightings sightings;
    private final UploadStore uploads;
    private final UploadLimits limits;
    private final Workers workers;
    private final ReplyWriter writer;

    DeviceResponder(DeviceCache cache, Authenticator authenticator, FailureThrottle throttle, Challenges challenges,
                    Sightings sightings, UploadStore uploads, UploadLimits limits, Workers workers,
                    ReplyWriter writer) {
        this.cache = cache;
        this.authenticator = authenticator;
        this.throttle = throttle;
        this.challenges = challenges;
        this.sightings = sightings;
        this.uploads = uploads;
        this.limits = limits;
        this.workers = workers;
        this.writer = writer;
    }

    /** Answers the exchange, whose {@link Exchange#mac()} is set. Called on the event loop. */
    void respond(Exchange exchange) {
        final MacAddress mac = Objects.requireNonNull(exchange.mac(), "mac");
        final Optional<DeviceCredentials> cached = cache.peekDevice(mac);
        if (cached == null) {
            workers.submit(exchange, () -> answer(exchange, cache.device(mac), true));
            return;
        }
        final Reply reply = answerWithoutBlocking(exchange, cached);
        if (reply == null) {
            workers.submit(exchange, () -> answer(exchange, cached, true));
            return;
        }
        writer.write(exchange, reply);
    }

    private @Nullable Reply answerWithoutBlocking(Exchange exchange, Optional<DeviceCredentials> device) {
        try {
            return answer(exchange, device, false);
        } catch (IOException e) {
            // Only the steps that may block touch files, and those are skipped here.
            throw new UncheckedIOException(e);
        }
    }

    /** The reply, or null when it needs a step that blocks and {@code mayBlock} is false. */
    private @Nullable Reply answer(Exchange exchange, Optional<DeviceCredentials> device, boolean mayBlock)
            throws IOException {
        final MacAddress mac = Objects.requireNonNull(exchange.mac(), "mac");
        sightings.note(exchange, device);
        final Outcome outcome = authenticate(exchange, mac, device);
        final Reply refusal = refusal(exchange, outcome);
        if (refusal != null) {
            return refusal;
        }
        final DeviceCredentials known = device.orElseThrow();
        exchange.authenticated(known.deviceId());
        // An authenticated device that no workplace uses yet gets what an unknown one gets: nothing.
        if (!known.isAssigned()) {
            return Reply.status(HttpResponseStatus.NOT_FOUND);
        }
        if (!mayBlock && (exchange.method.equals(HttpMethod.PUT) || exchange.kind().isUploadable())) {
            return null;
        }
        if (exchange.method.equals(HttpMethod.PUT)) {
            return store(exchange, mac);
        }
        if (exchange.kind().isUploadable()) {
            final Optional<byte[]> stored = uploads.read(mac, exchange.kind());
            if (stored.isPresent()) {
                return FileReplies.uploaded(stored.get(), exchange.fileName());
            }
        }
        DeviceCache.CachedFile file = cache.peekFile(mac, exchange.fileName());
        if (file == null && !mayBlock) {
            return null;
        }
        if (file == null) {
            file = cache.file(known, exchange.fileName());
        }
        return FileReplies.rendered(exchange, file);
    }

    /**
     * Authenticates once per request: a request that moves to a worker comes here twice, and a
     * digest nonce count may be spent only once.
     */
    private Outcome authenticate(Exchange exchange, MacAddress mac, Optional<DeviceCredentials> device) {
        final Outcome earlier = exchange.outcome();
        if (earlier != null) {
            return earlier;
        }
        final Outcome outcome = authenticator.authenticate(exchange.method.name(), exchange.target,
                exchange.headers.get(HttpHeaderNames.AUTHORIZATION), exchange.certificateMac, exchange.secure,
                mac, device);
        exchange.outcome(outcome);
        return outcome;
    }

    private @Nullable Reply refusal(Exchange exchange, Outcome outcome) {
        return switch (outcome) {
            case AUTHENTICATED -> null;
            case CHALLENGE, REPLAYED -> challenges.challenge(exchange.secure, false);
            case STALE -> challenges.challenge(exchange.secure, true);
            case FAILED -> {
                throttle.failed(exchange.remoteAddress());
                yield challenges.challenge(exchange.secure, false);
            }
            case WRONG_CERTIFICATE -> {
                throttle.failed(exchange.remoteAddress());
                yield Reply.status(HttpResponseStatus.FORBIDDEN);
            }
        };
    }

    private Reply store(Exchange exchange, MacAddress mac) throws IOException {
        final UploadLimits.UploadKind kind = Objects.requireNonNull(exchange.kind().uploadKind(), "upload kind");
        if (exchange.body.length > limits.limit(kind)) {
            return Reply.status(HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE).closing();
        }
        uploads.store(mac, exchange.kind(), exchange.body);
        return Reply.status(HttpResponseStatus.CREATED);
    }
}
