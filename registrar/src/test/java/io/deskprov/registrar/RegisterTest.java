package io.deskprov.registrar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import io.deskprov.store.Database;
import io.deskprov.store.Store;
import io.deskprov.store.registration.RegistrationBinding;
import io.deskprov.store.sip.SipAccount;
import io.deskprov.store.testing.EngineTest;

class RegisterTest {

    @EngineTest
    void registerIsChallengedThenBoundWrittenBehindAndRemoved(Database database) throws Exception {
        try (RegistrarHarness harness = new RegistrarHarness(database, b -> b);
             RawSip sip = new RawSip(harness.port())) {
            final TestPhone phone = harness.phone(sip);

            // Without credentials the registrar challenges with MD5 first, then SHA-256.
            final String challenge = sip.exchange(phone.register(phone.contact(), 600));
            assertThat(RawSip.status(challenge)).isEqualTo(401);
            assertThat(challenge).contains("algorithm=MD5").contains("algorithm=SHA-256").contains("qop=\"auth\"");
            phone.takeNonce(challenge);
            // With them it binds the contact and lists it with its expiry.
            final String ok = sip.exchange(phone.registerWithAuth(phone.contact(), 600, phone.password));
            assertThat(RawSip.status(ok)).isEqualTo(200);
            assertThat(RawSip.header(ok, "Contact")).contains("127.0.0.1:" + sip.localPort()).contains("expires=600");
            // The binding reaches the database behind the answer.
            await().atMost(Duration.ofSeconds(5)).until(() -> bindings(harness, phone.account).size() == 1);
            // Expires 0 removes it.
            assertThat(RawSip.status(sip.exchange(phone.registerWithAuth(phone.contact(), 0, phone.password))))
                    .isEqualTo(200);
            await().atMost(Duration.ofSeconds(5)).until(() -> bindings(harness, phone.account).isEmpty());
            assertThat(harness.counter(RegistrarMetrics.REGISTERS, "outcome", "ok")).isEqualTo(2);
        }
    }

    @EngineTest
    void sha256ChallengeIsAnsweredToo(Database database) throws Exception {
        try (RegistrarHarness harness = new RegistrarHarness(database, b -> b);
             RawSip sip = new RawSip(harness.port())) {
            final TestPhone phone = harness.phone(sip);
            phone.algorithm = "SHA-256";

            assertThat(RawSip.status(phone.registerFully(phone.contact(), 600))).isEqualTo(200);
        }
    }

    @EngineTest
    void wrongPasswordAndReplayedNonceCountAreRefused(Database database) throws Exception {
        try (RegistrarHarness harness = new RegistrarHarness(database, b -> b);
             RawSip sip = new RawSip(harness.port())) {
            final TestPhone phone = harness.phone(sip);

            phone.challenge(phone.contact(), 600);
            assertThat(RawSip.status(sip.exchange(phone.registerWithAuth(phone.contact(), 600, "wrong"))))
                    .isEqualTo(403);
            assertThat(RawSip.status(sip.exchange(phone.registerWithAuth(phone.contact(), 600, phone.password))))
                    .isEqualTo(200);
            // The same nonce-count again is a replay.
            phone.nc--;
            assertThat(RawSip.status(sip.exchange(phone.registerWithAuth(phone.contact(), 600, phone.password))))
                    .isEqualTo(403);
        }
    }

    @EngineTest
    void staleNonceIsAnsweredWithStaleTrue(Database database) throws Exception {
        try (RegistrarHarness harness = new RegistrarHarness(database, b -> b.nonceLifetime(Duration.ofMillis(300)));
             RawSip sip = new RawSip(harness.port())) {
            final TestPhone phone = harness.phone(sip);
            phone.challenge(phone.contact(), 600);
            final long issued = System.nanoTime();
            await().until(() -> System.nanoTime() - issued > Duration.ofMillis(400).toNanos());

            final String answer = sip.exchange(phone.registerWithAuth(phone.contact(), 600, phone.password));

            assertThat(RawSip.status(answer)).isEqualTo(401);
            assertThat(answer).contains("stale=true");
        }
    }

    @EngineTest
    void rulesOfSection10_3(Database database) throws Exception {
        try (RegistrarHarness harness = new RegistrarHarness(database, b -> b.maxContactsPerAor(2));
             RawSip sip = new RawSip(harness.port())) {
            final TestPhone phone = harness.phone(sip);
            phone.challenge(phone.contact(), 600);

            // Too brief: 423 naming the minimum.
            final String brief = sip.exchange(phone.registerWithAuth(phone.contact(), 10, phone.password));
            assertThat(RawSip.status(brief)).isEqualTo(423);
            assertThat(RawSip.header(brief, "Min-Expires")).isEqualTo("60");
            // Contact: * needs Expires 0.
            assertThat(RawSip.status(sip.exchange(phone.registerWithAuth("*", 600, phone.password))))
                    .isEqualTo(400);
            // Two contacts fit, a third does not.
            assertThat(RawSip.status(sip.exchange(phone.registerWithAuth(
                    "<sip:a@127.0.0.1:1>, <sip:b@127.0.0.1:2>", 600, phone.password)))).isEqualTo(200);
            assertThat(RawSip.status(sip.exchange(phone.registerWithAuth("<sip:c@127.0.0.1:3>", 600,
                                                                         phone.password)))).isEqualTo(403);
            // The same Call-ID with a CSeq not higher is out of order.
            phone.cseq -= 2;
            assertThat(RawSip.status(sip.exchange(phone.registerWithAuth("<sip:a@127.0.0.1:1>", 600,
                                                                         phone.password)))).isEqualTo(500);
            phone.cseq += 5;
            // Contact: * with Expires 0 removes everything.
            final String removed = sip.exchange(phone.registerWithAuth("*", 0, phone.password));
            assertThat(RawSip.status(removed)).isEqualTo(200);
            assertThat(RawSip.header(removed, "Contact")).isNull();
        }
    }

    @EngineTest
    void bindingsSurviveARestart(Database database) throws Exception {
        try (RegistrarHarness harness = new RegistrarHarness(database, b -> b);
             RawSip sip = new RawSip(harness.port())) {
            final TestPhone phone = harness.phone(sip);
            assertThat(RawSip.status(phone.registerFully(phone.contact(), 600))).isEqualTo(200);

            harness.restart();

            // A refresh after the restart still sees the binding made before it.
            final String refresh = phone.registerFully("<sip:second@127.0.0.1:9>", 600);
            assertThat(RawSip.header(refresh, "Contact")).contains(phone.contact()).contains("sip:second@");
        }
    }

    private static List<RegistrationBinding> bindings(RegistrarHarness harness, SipAccount account) {
        final Store store = harness.fixtures.store();
        return store.transaction(tx -> store.bindings().listForAccount(tx, account.id()));
    }
}
