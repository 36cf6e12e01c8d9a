package io.deskprov.registrar;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.deskprov.store.registration.RegistrationBinding;

/**
 * This node's view of one account's bindings: read from the database once, then kept current by
 * the REGISTERs this node answers. Callers hold the object's monitor while they read and change
 * it, which serialises the REGISTERs of one account.
 */
final class AccountBindings {
    final long accountId;
    private final Instant loadedAt;
    private final Map<String, RegistrationBinding> byContact = new LinkedHashMap<>();
    /** Changes handed to the writer and not yet committed; while any are, the view is not reloaded. */
    private int unwritten;

    AccountBindings(long accountId, List<RegistrationBinding> loaded, Instant loadedAt) {
        this.accountId = accountId;
        this.loadedAt = loadedAt;
        for (RegistrationBinding binding : loaded) {
            byContact.put(binding.contactUri(), binding);
        }
    }

    Instant loadedAt() {
        return loadedAt;
    }

    synchronized int unwritten() {
        return unwritten;
    }

    synchronized void handedToWriter(int changes) {
        unwritten += changes;
    }

    synchronized void written(int changes) {
        unwritten -= changes;
    }

    /** The bindings not expired at {@code now}; callers hold the monitor. */
    List<RegistrationBinding> active(Instant now) {
        final List<RegistrationBinding> active = new ArrayList<>();
        for (RegistrationBinding binding : byContact.values()) {
            if (!binding.isExpiredAt(now)) {
                active.add(binding);
            }
        }
        return active;
    }

    /** Replaces the bindings with {@code next}; callers hold the monitor. */
    void replaceAll(Map<String, RegistrationBinding> next) {
        byContact.clear();
        byContact.putAll(next);
    }

    Map<String, RegistrationBinding> snapshot() {
        return new LinkedHashMap<>(byContact);
    }

    /** Drops expired bindings; returns how many. Callers hold the monitor. */
    int dropExpired(Instant now) {
        final int before = byContact.size();
        byContact.values().removeIf(b -> b.isExpiredAt(now));
        return before - byContact.size();
    }

    /** Puts a probe result on the binding if it is still there; callers hold the monitor. */
    void probed(String contactUri, boolean reachable, @Nullable Integer roundTripMs, Instant at) {
        byContact.computeIfPresent(contactUri, (c, b) -> new RegistrationBinding(
                b.sipAccountId(), b.contactUri(), b.callId(), b.cseq(), b.qValue(), b.transport(),
                b.sourceAddress(), b.userAgent(), b.registeredAt(), b.refreshedAt(), b.expiresAt(), reachable,
                roundTripMs, at));
    }
}
