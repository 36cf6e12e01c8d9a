package io.deskprov.store.registration;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A binding as a REGISTER request leaves it: new, or a refresh of the same contact.
 *
 * @param qValue between 0 and 1, or null
 * @param at when the REGISTER arrived
 */
public record BindingWrite(long sipAccountId, String contactUri, String callId, long cseq, @Nullable Double qValue,
                           Transport transport, String sourceAddress, @Nullable String userAgent, Instant at,
                           Instant expiresAt) {

    public BindingWrite {
        requireNonNull(contactUri, "contactUri");
        requireNonNull(callId, "callId");
        requireNonNull(transport, "transport");
        requireNonNull(sourceAddress, "sourceAddress");
        requireNonNull(at, "at");
        requireNonNull(expiresAt, "expiresAt");
        if (cseq < 0) {
            throw new IllegalArgumentException("cseq: " + cseq + " (expected: >= 0)");
        }
        if (qValue != null && (qValue < 0 || qValue > 1)) {
            throw new IllegalArgumentException("qValue: " + qValue + " (expected: between 0 and 1)");
        }
        if (!expiresAt.isAfter(at)) {
            throw new IllegalArgumentException("expiresAt: " + expiresAt + " (expected: after " + at + ')');
        }
    }
}
