package io.deskprov.registrar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;

import io.deskprov.store.Database;
import io.deskprov.store.Store;
import io.deskprov.store.registration.RegistrationBinding;
import io.deskprov.store.registration.Transport;
import io.deskprov.store.sip.SipAccount;
import io.deskprov.store.testing.EngineTest;
import io.deskprov.store.testing.StoreFixtures;

/** The registrar against SIPp, a SIP tool that knows nothing of our code. */
class SippTest {

    @BeforeEach
    void needSipp() {
        assumeTrue(Sipp.available(), "sipp is not installed (.ci/run installs sip-tester); SIPp tests skipped");
    }

    @EngineTest
    void registerRefreshAndUnregister(Database database) throws Exception {
        try (RegistrarHarness harness = new RegistrarHarness(database, b -> b)) {
            final SipAccount account = harness.account();
            runs(harness, account, "register-refresh-unregister.xml", RegistrarHarness.password(account));
            assertThat(harness.counter(RegistrarMetrics.REGISTERS, "outcome", "ok")).isEqualTo(3);
        }
    }

    @EngineTest
    void wrongPasswordIsRefused(Database database) throws Exception {
        try (RegistrarHarness harness = new RegistrarHarness(database, b -> b)) {
            final SipAccount account = harness.account();
            runs(harness, account, "register-refused.xml", "not-the-password");
        }
    }

    @EngineTest
    void staleNonceIsAnsweredAgain(Database database) throws Exception {
        try (RegistrarHarness harness = new RegistrarHarness(database, b -> b.nonceLifetime(Duration.ofSeconds(1)))) {
            final SipAccount account = harness.account();
            runs(harness, account, "stale-nonce.xml", RegistrarHarness.password(account));
        }
    }

    @EngineTest
    void aFloodOfWrongPasswordsGetsTheAddressIgnored(Database database) throws Exception {
        try (RegistrarHarness harness = new RegistrarHarness(database, b -> b.authFailureThreshold(5));
             RawSip sip = new RawSip(harness.port())) {
            final SipAccount account = harness.account();
            final int port = RegistrarHarness.freePort();
            // Twenty guesses; from the fifth failure on, nothing answers and the rest time out.
            try (Sipp sipp = Sipp.start("register-refused.xml", harness.port(), port, 20,
                                        withRate(keys(account, "guess", port)))) {
                assertThat(sipp.await(60)).as("%s", sipp.output()).isNotZero();
            }

            assertThat(harness.counter(RegistrarMetrics.BLOCKED_ADDRESSES)).isEqualTo(1);
            assertThat(harness.counter(RegistrarMetrics.DROPPED, "reason", "blocked")).isPositive();
            assertThat(RawSip.status(sip.exchange(sip.options()))).isZero();
        }
    }

    @EngineTest
    void configChangeSendsCheckSyncAndAnswersThePhonesChallenge(Database database) throws Exception {
        try (RegistrarHarness harness = new RegistrarHarness(database, b -> b.checkSyncDelay(Duration.ofMillis(200)))) {
            final StoreFixtures fixtures = harness.fixtures;
            final SipAccount account = harness.account();
            final String password = RegistrarHarness.password(account);
            final int uasPort = RegistrarHarness.freePort();
            try (Sipp phone = Sipp.start("notify-uas.xml", null, uasPort, 1, keys(account, password, uasPort))) {
                // The phone registers its UAS port as contact.
                final int uacPort = RegistrarHarness.freePort();
                try (Sipp register = Sipp.start("register.xml", harness.port(), uacPort, 1,
                                                keys(account, password, uasPort))) {
                    assertThat(register.await(30)).as("%s", register.output()).isZero();
                }
                // An admin edits the workplace: its phone must check its configuration.
                final Store store = fixtures.store();
                store.inTransaction(tx -> store.workplaces().updatePerson(tx, account.workplaceId(),
                                                                          StoreFixtures.person()));

                assertThat(phone.await(30)).as("%s", phone.output()).isZero();
            }
            await().atMost(Duration.ofSeconds(10)).until(
                    () -> harness.counter(RegistrarMetrics.NOTIFIES, "outcome", "delivered") == 1);
        }
    }

    @EngineTest
    void overTcpThePhoneRegistersAndHearsCheckSync(Database database) throws Exception {
        try (RegistrarHarness harness = new RegistrarHarness(database, b -> b.checkSyncDelay(Duration.ofMillis(200)))) {
            tcpPhoneHearsCheckSyncs(harness, 1);
        }
    }

    /** With TLS on, TCP shares the stack's transports with TLS; a check-sync must still arrive every time. */
    @EngineTest
    void withTlsOnATcpPhoneHearsEveryCheckSync(Database database) throws Exception {
        try (RegistrarHarness harness = RegistrarHarness.withTls(database,
                                                                 b -> b.checkSyncDelay(Duration.ofMillis(200)))) {
            tcpPhoneHearsCheckSyncs(harness, 3);
        }
    }

    private static void tcpPhoneHearsCheckSyncs(RegistrarHarness harness, int changes) throws Exception {
        final SipAccount account = harness.account();
        final String password = RegistrarHarness.password(account);
        final int uasPort = RegistrarHarness.freePort();
        // The phone accepts each connection the registrar opens ("tn"), and takes the NOTIFYs.
        try (Sipp phone = Sipp.start("notify-accept.xml", null, uasPort, changes,
                                     overTcp(keys(account, password, uasPort), "tn"))) {
            // The phone registers over TCP, its listening TCP port as contact, and closes that connection.
            final int uacPort = RegistrarHarness.freePort();
            try (Sipp register = Sipp.start("register.xml", harness.port(), uacPort, 1,
                                            overTcp(keys(account, password, uasPort), "t1"))) {
                assertThat(register.await(30)).as("%s", register.output()).isZero();
            }
            harness.registrar.flushBindings();
            final Store store = harness.fixtures.store();
            final java.util.List<RegistrationBinding> bindings = store.transaction(
                    tx -> store.bindings().listForAccount(tx, account.id()));
            assertThat(bindings).extracting(RegistrationBinding::transport).containsExactly(Transport.TCP);
            // An admin edits the workplace, again and again: each NOTIFY reaches the phone over TCP.
            for (int change = 1; change <= changes; change++) {
                store.inTransaction(tx -> store.workplaces().updatePerson(tx, account.workplaceId(),
                                                                          StoreFixtures.person()));
                final int delivered = change;
                await().atMost(Duration.ofSeconds(10)).until(
                        () -> harness.counter(RegistrarMetrics.NOTIFIES, "outcome", "delivered") == delivered);
            }
            assertThat(phone.await(30)).as("%s", phone.output()).isZero();
        }
    }

    private static java.util.List<String> overTcp(java.util.List<String> keys, String mode) {
        final java.util.List<String> all = new java.util.ArrayList<>(keys);
        all.addAll(java.util.List.of("-t", mode, "-max_socket", "100"));
        return all;
    }

    /** Runs a one-call scenario against the registrar and expects every step to pass. */
    private static void runs(RegistrarHarness harness, SipAccount account, String scenario, String password)
            throws Exception {
        final int port = RegistrarHarness.freePort();
        try (Sipp sipp = Sipp.start(scenario, harness.port(), port, 1, keys(account, password, port))) {
            assertThat(sipp.await(30)).as("%s", sipp.output()).isZero();
        }
    }

    private static java.util.List<String> keys(SipAccount account, String password, int contactPort) {
        return Sipp.account(account.authUsername(), account.domain(), password, contactPort);
    }

    private static java.util.List<String> withRate(java.util.List<String> keys) {
        final java.util.List<String> all = new java.util.ArrayList<>(keys);
        all.addAll(java.util.List.of("-r", "20", "-recv_timeout", "2000"));
        return all;
    }
}
