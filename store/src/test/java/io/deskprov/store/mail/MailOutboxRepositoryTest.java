package io.deskprov.store.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.deskprov.store.Database;
import io.deskprov.store.Store;
import io.deskprov.store.testing.EngineTest;
import io.deskprov.store.testing.StoreFixtures;

class MailOutboxRepositoryTest {

    @EngineTest
    void bodyIsSealedAtRestAndClearedOnceSent(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final OutboxMail mail = enqueue(fixtures, "Your temporary password: Tmp-Secret-77");

            final String stored = store.transaction(tx -> tx.queryOne(
                    "SELECT sealed_body FROM mail_outbox WHERE id = ?", rs -> rs.getString(1), mail.id()))
                    .orElseThrow();
            final Optional<String> body = store.transaction(tx -> store.mailOutbox().body(tx, mail.id()));
            final boolean sent = store.transaction(tx -> store.mailOutbox().markSent(tx, mail.id(), now(fixtures)));
            final Optional<String> afterSend = store.transaction(tx -> store.mailOutbox().body(tx, mail.id()));
            final OutboxMail found = store.transaction(tx -> store.mailOutbox().find(tx, mail.id())).orElseThrow();

            assertThat(stored).startsWith("v1.").doesNotContain("Tmp-Secret");
            assertThat(body).contains("Your temporary password: Tmp-Secret-77");
            assertThat(sent).isTrue();
            assertThat(afterSend).isEmpty();
            assertThat(found.status()).isEqualTo(MailStatus.SENT);
            assertThat(found.sentAt()).isEqualTo(now(fixtures));
        }
    }

    @EngineTest
    void claimedMailIsLeasedSoASecondClaimSkipsIt(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final OutboxMail mail = enqueue(fixtures, "hello");

            final List<Long> first = claim(fixtures, now(fixtures));
            final List<Long> second = claim(fixtures, now(fixtures));
            final List<Long> afterLease = claim(fixtures, now(fixtures).plus(MailOutboxRepository.CLAIM_LEASE));

            assertThat(first).contains(mail.id());
            assertThat(second).doesNotContain(mail.id());
            assertThat(afterLease).contains(mail.id());
            final OutboxMail found = store.transaction(tx -> store.mailOutbox().find(tx, mail.id())).orElseThrow();
            assertThat(found.status()).isEqualTo(MailStatus.PENDING);
        }
    }

    @EngineTest
    void retryWaitsForItsTimeAndFailureGivesUp(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final OutboxMail mail = enqueue(fixtures, "hello");
            final Instant retryAt = now(fixtures).plus(Duration.ofMinutes(5));

            final boolean retried = store.transaction(tx -> store.mailOutbox().markRetry(tx, mail.id(),
                    "421 busy", retryAt));
            final List<Long> early = claim(fixtures, retryAt.minusSeconds(1));
            final List<Long> onTime = claim(fixtures, retryAt);
            final boolean failed = store.transaction(tx -> store.mailOutbox().markFailed(tx, mail.id(),
                                                                                        "550 no such user"));
            final boolean sentAfterFailure = store.transaction(tx -> store.mailOutbox().markSent(tx, mail.id(),
                                                                                                now(fixtures)));

            final OutboxMail found = store.transaction(tx -> store.mailOutbox().find(tx, mail.id())).orElseThrow();
            assertThat(retried).isTrue();
            assertThat(early).doesNotContain(mail.id());
            assertThat(onTime).contains(mail.id());
            assertThat(failed).isTrue();
            assertThat(sentAfterFailure).isFalse();
            assertThat(found.status()).isEqualTo(MailStatus.FAILED);
            assertThat(found.attempts()).isEqualTo(2);
            assertThat(found.lastError()).isEqualTo("550 no such user");
        }
    }

    @EngineTest
    void retryErrorIsCutToTheColumn(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final OutboxMail mail = enqueue(fixtures, "hello");

            store.transaction(tx -> store.mailOutbox().markRetry(tx, mail.id(), "x".repeat(5000), now(fixtures)));

            final OutboxMail found = store.transaction(tx -> store.mailOutbox().find(tx, mail.id())).orElseThrow();
            assertThat(found.lastError()).hasSize(1000).endsWith("...");
            assertThat(found.attempts()).isEqualTo(1);
        }
    }

    private static OutboxMail enqueue(StoreFixtures fixtures, String body) {
        final Store store = fixtures.store();
        return store.transaction(tx -> store.mailOutbox().enqueue(tx, "erika@example.com", "Welcome", body));
    }

    private static List<Long> claim(StoreFixtures fixtures, Instant now) {
        final Store store = fixtures.store();
        return store.transaction(tx -> store.mailOutbox().claimDue(tx, now, 1000)).stream()
                    .map(OutboxMail::id)
                    .toList();
    }

    private static Instant now(StoreFixtures fixtures) {
        return fixtures.clock().instant();
    }
}
