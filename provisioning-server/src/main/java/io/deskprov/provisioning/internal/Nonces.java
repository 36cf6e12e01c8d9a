package io.deskprov.provisioning.internal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Digest nonces that need no server-side state to issue: the issue time and a MAC over it under
 * a key made at start. A nonce is good for its lifetime; after that the client is told it is
 * stale (RFC 7616 section 3.3, https://datatracker.ietf.org/doc/html/rfc7616#section-3.3) and
 * retries with a fresh one without asking its user again. Nonces from before a restart fail as
 * invalid. Only nonces a client answered correctly take memory: their {@link NonceCounts}.
 */
final class Nonces {
    private static final int TIME_BYTES = Long.BYTES;
    private static final int TAG_BYTES = 16;
    private static final Pattern NONCE_COUNT = Pattern.compile("[0-9a-fA-F]{8}");

    private final Clock clock;
    private final Duration lifetime;
    private final SecretKeySpec key;
    private final NonceCounts counts;

    /**
     * Makes nonces of the given lifetime under a key of their own.
     *
     * @param trackedNonces how many answered nonces are remembered with their counts at most
     */
    Nonces(Clock clock, Duration lifetime, int trackedNonces) {
        this.clock = clock;
        this.lifetime = lifetime;
        this.counts = new NonceCounts(trackedNonces);
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

    /**
     * Checks a nonce a client answered with, and the count it gave; call it only once the answer
     * proved right, so that nobody without the password can spend a device's counts.
     *
     * @param nonceCount the {@code nc} parameter: eight hexadecimal digits, rising with each use
     */
    Check check(String nonce, String nonceCount) {
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
        if (!NONCE_COUNT.matcher(nonceCount).matches()) {
            return Check.INVALID;
        }
        final long now = clock.millis();
        final long age = now - issued;
        if (age < 0 || age > lifetime.toMillis()) {
            return Check.STALE;
        }
        return switch (counts.advance(nonce, issued, Long.parseLong(nonceCount, 16), now - lifetime.toMillis())) {
            case ACCEPTED -> Check.VALID;
            case REPEATED -> Check.REPLAYED;
            case FORGOTTEN -> Check.STALE;
        };
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
        VALID,
        STALE,
        INVALID,
        /** Valid, but answered before with the same or a higher count. */
        REPLAYED
    }
}
