package io.deskprov.provisioning.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The highest nonce count ({@code nc}, RFC 7616 section 3.4,
 * https://datatracker.ietf.org/doc/html/rfc7616#section-3.4) each live nonce was answered with,
 * so that a captured answer cannot be played again: a client counts up with every request over
 * the same nonce, and a count that does not rise is a replay.
 *
 * <p>Memory is bounded: entries are ordered by the nonce's issue time, and when more nonces are
 * in use than the capacity, or a nonce's lifetime has passed, the oldest entry is dropped. A
 * dropped nonce could no longer be told from a fresh one, so everything issued up to it is then
 * answered as forgotten, which the caller turns into {@code stale=true}: an honest client retries
 * with a new nonce without asking its user. The map is lock-free, so requests over different
 * nonces never wait for each other.
 */
final class NonceCounts {
    private final int capacity;
    private final ConcurrentSkipListMap<Key, AtomicLong> highest = new ConcurrentSkipListMap<>();
    private final AtomicInteger size = new AtomicInteger();
    /** Nonces issued at or before this millisecond are no longer tracked. */
    private final AtomicLong forgottenUpTo = new AtomicLong(Long.MIN_VALUE);

    NonceCounts(int capacity) {
        this.capacity = capacity;
    }

    /**
     * Records the count if it is above every count the nonce was answered with before.
     *
     * @param issuedAt when the nonce was issued, in epoch milliseconds
     * @param expiredBefore nonces issued before this are past their lifetime and may be dropped
     */
    Use advance(String nonce, long issuedAt, long count, long expiredBefore) {
        if (issuedAt <= forgottenUpTo.get()) {
            return Use.FORGOTTEN;
        }
        final Key key = new Key(issuedAt, nonce);
        final AtomicLong seen = highest.get(key);
        if (seen != null) {
            return raise(seen, count);
        }
        final AtomicLong raced = highest.putIfAbsent(key, new AtomicLong(count));
        if (raced != null) {
            return raise(raced, count);
        }
        size.incrementAndGet();
        trim(expiredBefore);
        // A trim elsewhere may have dropped this nonce between the first check and the insert,
        // together with the count it held; only the forgotten mark tells.
        if (issuedAt <= forgottenUpTo.get()) {
            return Use.FORGOTTEN;
        }
        return Use.ACCEPTED;
    }

    private static Use raise(AtomicLong seen, long count) {
        long previous = seen.get();
        while (count > previous) {
            if (seen.compareAndSet(previous, count)) {
                return Use.ACCEPTED;
            }
            previous = seen.get();
        }
        return Use.REPEATED;
    }

    private void trim(long expiredBefore) {
        Map.Entry<Key, AtomicLong> oldest = highest.firstEntry();
        while (oldest != null && (oldest.getKey().issuedAt() < expiredBefore || size.get() > capacity)) {
            // Marked forgotten before it goes, so no request can take it for a fresh nonce.
            final long issuedAt = oldest.getKey().issuedAt();
            forgottenUpTo.accumulateAndGet(issuedAt, Math::max);
            if (highest.remove(oldest.getKey(), oldest.getValue())) {
                size.decrementAndGet();
            }
            oldest = highest.firstEntry();
        }
    }

    /** Nonces tracked now; for tests of the bound. */
    int size() {
        return size.get();
    }

    /** What a count tells about the use of a nonce. */
    enum Use {
        /** The nonce's first answer, or a count above every earlier one. */
        ACCEPTED,
        /** A count no higher than one seen before: a replay. */
        REPEATED,
        /** The nonce is no longer tracked; it must be treated as expired. */
        FORGOTTEN
    }

    private record Key(long issuedAt, String nonce) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            final int byTime = Long.compare(issuedAt, other.issuedAt);
            return byTime != 0 ? byTime : nonce.compareTo(other.nonce);
        }
    }
}
