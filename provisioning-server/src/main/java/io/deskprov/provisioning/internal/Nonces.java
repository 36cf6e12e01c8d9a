package io.deskprov.provisioning.internal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Digest nonces that need no server-side state: the issue time and a MAC over it under a key
 * made at start. A nonce is good for its lifetime; after that the client is told it is stale
 * (RFC 7616 section 3.3, https://datatracker.ietf.org/doc/html/rfc7616#section-3.3) and retries
 * with a fresh one without asking its user again. Nonces from before a restart fail as invalid.
 */
final class Nonces {
    private static final int TIME_BYTES = Long.BYTES;
    private static final int TAG_BYTES = 16;

    private final Clock clock;
    private final Duration lifetime;
    private final SecretKeySpec key;

    Nonces(Clock clock, Duration lifetime) {
        this.clock = clock;
        this.lifetime = lifetime;
        final byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    String issue() {
        final byte[] nonce = new byte[TIME_BYTES + TAG_BYTES];
        final long now = clock.millis();
        ByteBuffer.wrap(nonce).putLong(now);
        System.arraycopy(tag(now), 0, nonce, TIME_BYTES, TAG_BYTES);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(nonce);
    }

    Check check(String nonce) {
        final byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(nonce);
        } catch (IllegalArgumentException e) {
            return Check.INVALID;
        }
        if (bytes.length != TIME_BYTES + TAG_BYTES) {
            return Check.INVALID;
        }
        final long issued = ByteBuffer.wrap(bytes).getLong();
        final byte[] expected = tag(issued);
        final byte[] actual = new byte[TAG_BYTES];
        System.arraycopy(bytes, TIME_BYTES, actual, 0, TAG_BYTES);
        if (!MessageDigest.isEqual(expected, actual)) {
            return Check.INVALID;
        }
        final long age = clock.millis() - issued;
        return age < 0 || age > lifetime.toMillis() ? Check.STALE : Check.VALID;
    }

    private byte[] tag(long issued) {
        try {
            final Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            final byte[] full = mac.doFinal(ByteBuffer.allocate(TIME_BYTES).putLong(issued).array());
            final byte[] tag = new byte[TAG_BYTES];
            System.arraycopy(full, 0, tag, 0, TAG_BYTES);
            return tag;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    /** What a nonce a client sent back is. */
    enum Check {
        VALID, STALE, INVALID
    }
}
