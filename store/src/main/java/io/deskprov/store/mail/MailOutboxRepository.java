package io.deskprov.store.mail;

import static java.util.Objects.requireNonNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.deskprov.store.ColumnText;
import io.deskprov.store.RowClaim;
import io.deskprov.store.SecretBox;
import io.deskprov.store.Tx;

/**
 * The mail outbox. A sender claims due mails, sends them outside any transaction, then marks each
 * sent, to retry or failed. Bodies are sealed with the {@link SecretBox} and cleared once sent.
 * Every method runs in the caller's transaction; one that takes a mail id returns false (or
 * empty) when there is no such mail.
 */
public final class MailOutboxRepository {
    /** How long a claimed mail is left to its sender before another may claim it. */
    public static final Duration CLAIM_LEASE = Duration.ofMinutes(10);

    private static final String SELECT = "SELECT id, recipient, subject, status, attempts, next_attempt_at,"
                                         + " last_error, created_at, sent_at FROM mail_outbox";
    private static final int MAX_ERROR = 1000;

    private final Clock clock;
    private final SecretBox secrets;

    public MailOutboxRepository(Clock clock, SecretBox secrets) {
        this.clock = requireNonNull(clock, "clock");
        this.secrets = requireNonNull(secrets, "secrets");
    }

    /** Queues a mail for sending at once; returns it. */
    public OutboxMail enqueue(Tx tx, String recipient, String subject, String body) throws SQLException {
        requireNonNull(recipient, "recipient");
        requireNonNull(subject, "subject");
        requireNonNull(body, "body");
        final Instant now = clock.instant();
        final long id = tx.insert("INSERT INTO mail_outbox (recipient, subject, sealed_body, status, next_attempt_at,"
                                  + " created_at) VALUES (?, ?, ?, 'PENDING', ?, ?)",
                                  recipient, subject, secrets.seal(body), now, now);
        return find(tx, id).orElseThrow();
    }

    public Optional<OutboxMail> find(Tx tx, long id) throws SQLException {
        return tx.queryOne(SELECT + " WHERE id = ?", MailOutboxRepository::mail, id);
    }

    /**
     * Claims up to {@code limit} pending mails due at {@code now}. Each is leased to the caller for
     * {@link #CLAIM_LEASE} by moving its next attempt, so that once this transaction commits no
     * other sender takes it meanwhile; a sender that dies leaves it to be claimed again after the
     * lease. Mails another transaction is claiming are skipped (see {@link RowClaim}).
     */
    public List<OutboxMail> claimDue(Tx tx, Instant now, int limit) throws SQLException {
        requireNonNull(now, "now");
        final List<Long> ids = RowClaim.claim(tx, "mail_outbox", "status = 'PENDING' AND next_attempt_at <= ?",
                                              limit, now);
        final List<OutboxMail> claimed = new ArrayList<>();
        for (long id : ids) {
            tx.update("UPDATE mail_outbox SET next_attempt_at = ? WHERE id = ?", now.plus(CLAIM_LEASE), id);
            claimed.add(find(tx, id).orElseThrow());
        }
        return claimed;
    }

    /** The body in clear, empty once the mail was sent. */
    public Optional<String> body(Tx tx, long id) throws SQLException {
        return tx.queryOne("SELECT sealed_body FROM mail_outbox WHERE id = ? AND sealed_body IS NOT NULL",
                           rs -> rs.getString(1), id)
                 .map(secrets::open);
    }

    /** Marks the mail sent at {@code at} and clears its body, which may hold a temporary password. */
    public boolean markSent(Tx tx, long id, Instant at) throws SQLException {
        requireNonNull(at, "at");
        return tx.update("UPDATE mail_outbox SET status = 'SENT', sent_at = ?, sealed_body = NULL,"
                         + " attempts = attempts + 1 WHERE id = ? AND status = 'PENDING'", at, id) == 1;
    }

    /** Counts a failed attempt and schedules the next; the error is cut to fit its column. */
    public boolean markRetry(Tx tx, long id, String error, Instant nextAttemptAt) throws SQLException {
        requireNonNull(error, "error");
        requireNonNull(nextAttemptAt, "nextAttemptAt");
        return tx.update("UPDATE mail_outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?"
                         + " WHERE id = ? AND status = 'PENDING'",
                         ColumnText.fit(error, MAX_ERROR), nextAttemptAt, id) == 1;
    }

    /** Gives the mail up after a failed attempt; the error is cut to fit its column. */
    public boolean markFailed(Tx tx, long id, String error) throws SQLException {
        requireNonNull(error, "error");
        return tx.update("UPDATE mail_outbox SET status = 'FAILED', attempts = attempts + 1, last_error = ?"
                         + " WHERE id = ? AND status = 'PENDING'", ColumnText.fit(error, MAX_ERROR), id) == 1;
    }

    private static OutboxMail mail(ResultSet rs) throws SQLException {
        return new OutboxMail(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
                              MailStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                              Tx.requiredInstant(rs, "next_attempt_at"), rs.getString("last_error"),
                              Tx.requiredInstant(rs, "created_at"), Tx.instant(rs, "sent_at"));
    }
}
