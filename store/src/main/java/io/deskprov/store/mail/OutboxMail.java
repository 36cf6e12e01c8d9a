package io.deskprov.store.mail;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A mail in the outbox, without its body: that is read on purpose, through {@link
 * MailOutboxRepository#body}.
 *
 * @param lastError why the last attempt failed, if one did
 */
public record OutboxMail(long id, String recipient, String subject, MailStatus status, int attempts,
                         Instant nextAttemptAt, @Nullable String lastError, Instant createdAt,
                         @Nullable Instant sentAt) {
}
