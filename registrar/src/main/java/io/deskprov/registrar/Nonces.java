package io.deskprov.registrar;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Digest nonces without server state: a nonce is its issue time, eight random bytes and an HMAC
 * over both and the realm, so any node holding the same secret can tell whether it issued the
 * nonce and how old it is. Replay protection does need state: the highest nonce-count seen per
 * nonce is kept here, in this node's memory, until the nonce expires. A replay sent to another
 * node within the nonce lifetime is therefore not caught; the Call-ID/CSeq rule of RFC 3261
 * section 10.3 still refuses a replayed REGISTER whose binding exists.
 */
final class Nonces {
    /** What a presented nonce turned out to be. */
    enum Check { FRESH, STALE, FORGED }

    private static final int TIME_BYTES = 8;
    private static final int RANDOM_BYTES = 8;
    private static final int MAC_BYTES = 16;
    private static final int MAX_TRACKED = 200_000;

    private final SecretKeySpec key;
    private final Duration lifetime;
    private final Clock clock;
    // Per thread, since a Mac is not thread-safe and looking one up costs more than using it; a
    // DRBG per thread too, as the default NativePRNG serialises all threads on one lock.
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);
    private final ThreadLocal<SecureRandom> randoms = ThreadLocal.withInitial(Nonces::newRandom);
    private final Map<String, Long> highestCount = new ConcurrentHashMap<>();

    Nonces(byte[] secret, Duration lifetime, Clock clock) {
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.lifetime = lifetime;
        this.clock = clock;
    }

    String issue(String realm) {
        final byte[] nonce = new byte[TIME_BYTES + RANDOM_BYTES + MAC_BYTES];
        final ByteBuffer buffer = ByteBuffer.wrap(nonce);
        buffer.putLong(clock.millis());
        final byte[] salt = new byte[RANDOM_BYTES];
        randoms.get().nextBytes(salt);
        buffer.put(salt);
        buffer.put(mac(nonce, realm), 0, MAC_BYTES);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(nonce);
    }

    Check check(String nonce, String realm) {
        final byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(nonce);
        } catch (IllegalArgumentException e) {
            return Check.FORGED;
        }
        if (bytes.length != TIME_BYTES + RANDOM_BYTES + MAC_BYTES) {
            return Check.FORGED;
        }
        final byte[] expected = mac(bytes, realm);
        final byte[] given = new byte[MAC_BYTES];
        System.arraycopy(bytes, TIME_BYTES + RANDOM_BYTES, given, 0, MAC_BYTES);
        if (!MessageDigest.isEqual(given, Arrays.copyOf(expected, MAC_BYTES))) {
            return Check.FORGED;
        }

        final Instant issued = Instant.ofEpochMilli(ByteBuffer.wrap(bytes).getLong());
        final Instant now = clock.instant();
        return issued.isAfter(now) || !now.isBefore(issued.plus(lifetime)) ? Check.STALE : Check.FRESH;
    }

    /**
     * Records the use of a nonce-count; false if it is not higher than every count seen with the
     * nonce before, which means a replay (RFC 7616 section 3.4: the count rises with each use).
     */
    boolean use(String nonce, long count) {
        if (highestCount.size() >= MAX_TRACKED) {
            forgetExpired();
        }
        final long[] accepted = {0};
        highestCount.compute(nonce, (n, highest) -> {
            if (highest != null && count <= highest) {
                return highest;
            }
            accepted[0] = 1;
            return count;
        });
        return accepted[0] == 1;
    }

    /** Drops the counts of nonces that have expired, which can never be used again. */
    void forgetExpired() {
        for (Iterator<String> it = highestCount.keySet().iterator(); it.hasNext(); ) {
            final String nonce = it.next();
            final byte[] bytes = Base64.getUrlDecoder().decode(nonce);
            final Instant issued = Instant.ofEpochMilli(ByteBuffer.wrap(bytes).getLong());
            if (!clock.instant().isBefore(issued.plus(lifetime))) {
                it.remove();
            }
        }
    }

    private byte[] mac(byte[] nonce, String realm) {
        final Mac hmac = macs.get();
        hmac.update(nonce, 0, TIME_BYTES + RANDOM_BYTES);
        hmac.update(realm.getBytes(StandardCharsets.UTF_8));
        return hmac.doFinal();
    }

    private static SecureRandom newRandom() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the DRBG SecureRandom is unavailable, though every Java 17 has it", e);
        }
    }

    private Mac newMac() {
        try {
            final Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            return hmac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable, though every Java 17 has it", e);
        }
    }
}
