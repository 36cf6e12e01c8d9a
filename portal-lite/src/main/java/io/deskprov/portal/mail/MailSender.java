package io.deskprov.portal.mail;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.deskprov.store.Store;
import io.deskprov.store.mail.OutboxMail;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Drains the mail outbox. Each mail is claimed in one transaction, sent outside any, and marked
 * in another; a failure that may pass is retried with exponential back-off, so a mail server that
 * is down delays mail but never loses it.
 */
public final class MailSender {
    static final String SENT_METER = "deskprov.portal.mail.sent";
    private static final Logger logger = LoggerFactory.getLogger(MailSender.class);
    private static final int BATCH = 20;
    private static final Duration FIRST_RETRY = Duration.ofSeconds(30);

    private final Store store;
    private final Clock clock;
    private final MailSettings settings;
    private final MailTransport transport;
    private final MeterRegistry registry;

    public MailSender(Store store, Clock clock, MailSettings settings, MeterRegistry registry) {
        this(store, clock, settings, new JakartaTransport(settings), registry);
    }

    MailSender(Store store, Clock clock, MailSettings settings, MailTransport transport, MeterRegistry registry) {
        this.store = requireNonNull(store, "store");
        this.clock = requireNonNull(clock, "clock");
        this.settings = requireNonNull(settings, "settings");
        this.transport = requireNonNull(transport, "transport");
        this.registry = requireNonNull(registry, "registry");
    }

    /** Sends what is due now; returns how many mails went out. */
    public int drain() {
        final List<OutboxMail> due = store.transaction(tx -> store.mailOutbox().claimDue(tx, clock.instant(), BATCH));
        int sent = 0;
        for (OutboxMail mail : due) {
            if (sendOne(mail)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean sendOne(OutboxMail mail) {
        final Optional<String> body = store.transaction(tx -> store.mailOutbox().body(tx, mail.id()));
        if (body.isEmpty()) {
            return false;
        }
        try {
            transport.send(settings.from(), mail.recipient(), mail.subject(), body.get());
        } catch (PermanentMailException e) {
            logger.error("{} mail {} given up: {}", mail.recipient(), mail.id(), e.getMessage());
            store.inTransaction(tx -> store.mailOutbox().markFailed(tx, mail.id(), e.getMessage()));
            count("failed");
            return false;
        } catch (Exception e) {
            final Instant retryAt = clock.instant().plus(backoff(mail.attempts()));
            logger.warn("{} mail {} not sent, retrying at {}: {}", mail.recipient(), mail.id(), retryAt,
                        e.toString());
            store.inTransaction(tx -> store.mailOutbox().markRetry(tx, mail.id(), e.toString(), retryAt));
            count("retry");
            return false;
        }
        store.inTransaction(tx -> store.mailOutbox().markSent(tx, mail.id(), clock.instant()));
        count("sent");
        return true;
    }

    /** 30 s after the first failure, doubling each time, up to the configured maximum. */
    Duration backoff(int attemptsSoFar) {
        final Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attemptsSoFar, 20));
        return wait.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : wait;
    }

    private void count(String outcome) {
        Counter.builder(SENT_METER)
               .description("Mails handed to the transport, by outcome")
               .tag("outcome", outcome)
               .register(registry)
               .increment();
    }
}
