package io.deskprov.registrar;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.deskprov.registrar.RegistrarMetrics.RegisterOutcome;
import io.deskprov.store.registration.BindingWrite;
import io.deskprov.store.registration.RegistrationBinding;
import io.deskprov.store.registration.Transport;

/**
 * Steps 6 to 8 of RFC 3261 section 10.3 on one account's bindings: what a REGISTER asks, checked
 * against what is bound, giving either a failure status and no change, or the new bindings and
 * the changes to write. The whole request applies, or none of it.
 */
final class ContactUpdate {
    /** One Contact of the request; expires is its own parameter, null when absent. */
    record Contact(String uri, @Nullable Long expires, @Nullable Double q) {
    }

    /** What the REGISTER asks, already authenticated for {@code accountId}. */
    record Ask(long accountId, String callId, long cseq, boolean wildcard, List<Contact> contacts,
               @Nullable Long expiresHeader, Transport transport, String source, @Nullable String userAgent) {
    }

    record Outcome(RegisterOutcome outcome, int status, Map<String, RegistrationBinding> next,
                   List<BindingWriter.Change> changes) {
        static Outcome failure(RegisterOutcome outcome, int status) {
            return new Outcome(outcome, status, Map.of(), List.of());
        }
    }

    private final Duration minExpires;
    private final Duration maxExpires;
    private final int maxContacts;

    ContactUpdate(RegistrarSettings settings) {
        this.minExpires = settings.minExpires();
        this.maxExpires = settings.maxExpires();
        this.maxContacts = settings.maxContactsPerAor();
    }

    Outcome apply(Map<String, RegistrationBinding> current, Ask ask, Instant now) {
        if (ask.wildcard()) {
            return removeAll(current, ask);
        }
        for (Contact contact : ask.contacts()) {
            final long expires = expiresOf(contact, ask);
            if (expires != 0 && expires < minExpires.toSeconds()) {
                return Outcome.failure(RegisterOutcome.TOO_BRIEF, 423);
            }
            if (isOutOfOrder(current.get(contact.uri()), ask)) {
                return Outcome.failure(RegisterOutcome.OUT_OF_ORDER, 500);
            }
        }

        final Map<String, RegistrationBinding> next = new LinkedHashMap<>(current);
        next.values().removeIf(b -> b.isExpiredAt(now));
        final List<BindingWriter.Change> changes = new ArrayList<>();
        for (Contact contact : ask.contacts()) {
            final long expires = Math.min(expiresOf(contact, ask), maxExpires.toSeconds());
            if (expires == 0) {
                if (next.remove(contact.uri()) != null || current.containsKey(contact.uri())) {
                    changes.add(new BindingWriter.Remove(ask.accountId(), contact.uri()));
                }
                continue;
            }
            final RegistrationBinding old = next.get(contact.uri());
            final BindingWrite write = new BindingWrite(ask.accountId(), contact.uri(), ask.callId(), ask.cseq(),
                                                        contact.q(), ask.transport(), ask.source(),
                                                        ask.userAgent(), now, now.plusSeconds(expires));
            next.put(contact.uri(), binding(write, old));
            changes.add(new BindingWriter.Upsert(write));
        }
        if (next.size() > maxContacts) {
            return Outcome.failure(RegisterOutcome.TOO_MANY_CONTACTS, 403);
        }
        return new Outcome(RegisterOutcome.OK, 200, next, changes);
    }

    /** {@code Contact: *} (step 6): only alone and with Expires 0, and only in order. */
    private static Outcome removeAll(Map<String, RegistrationBinding> current, Ask ask) {
        if (!ask.contacts().isEmpty() || ask.expiresHeader() == null || ask.expiresHeader() != 0) {
            return Outcome.failure(RegisterOutcome.INVALID, 400);
        }
        for (RegistrationBinding binding : current.values()) {
            if (isOutOfOrder(binding, ask)) {
                return Outcome.failure(RegisterOutcome.OUT_OF_ORDER, 500);
            }
        }
        return new Outcome(RegisterOutcome.OK, 200, Map.of(),
                           List.of(new BindingWriter.RemoveAll(ask.accountId())));
    }

    /** Same Call-ID with a CSeq not higher than the binding's: the update is aborted (step 7). */
    private static boolean isOutOfOrder(@Nullable RegistrationBinding binding, Ask ask) {
        return binding != null && binding.callId().equals(ask.callId()) && ask.cseq() <= binding.cseq();
    }

    private long expiresOf(Contact contact, Ask ask) {
        if (contact.expires() != null) {
            return contact.expires();
        }
        if (ask.expiresHeader() != null) {
            return ask.expiresHeader();
        }
        return maxExpires.toSeconds();
    }

    private static RegistrationBinding binding(BindingWrite w, @Nullable RegistrationBinding old) {
        return new RegistrationBinding(w.sipAccountId(), w.contactUri(), w.callId(), w.cseq(), w.qValue(),
                                       w.transport(), w.sourceAddress(), w.userAgent(),
                                       old == null ? w.at() : old.registeredAt(), w.at(), w.expiresAt(),
                                       old == null ? null : old.reachable(), old == null ? null : old.roundTripMs(),
                                       old == null ? null : old.probedAt());
    }
}
