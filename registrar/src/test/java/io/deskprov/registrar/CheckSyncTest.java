package io.deskprov.registrar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sip.header.EventHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.jspecify.annotations.Nullable;

import gov.nist.javax.sip.message.SIPRequest;

import io.deskprov.store.Database;
import io.deskprov.store.Store;
import io.deskprov.store.audit.AuditEntry;
import io.deskprov.store.company.Company;
import io.deskprov.store.device.Device;
import io.deskprov.store.sip.SipAccount;
import io.deskprov.store.testing.EngineTest;
import io.deskprov.store.testing.StoreFixtures;

/** Check-sync NOTIFYs as a phone sees them on the wire. */
class CheckSyncTest {

    @EngineTest
    void feedChangeReachesAPhoneRegisteredWithAnotherNode(Database database) throws Exception {
        try (RegistrarHarness harness = new RegistrarHarness(database, b -> b.checkSyncDelay(Duration.ofMillis(200)));
             RawSip sip = new RawSip(harness.port())) {
            final TestPhone phone = harness.phone(sip);
            assertThat(RawSip.status(phone.registerFully(phone.contact(), 600))).isEqualTo(200);
            harness.registrar.flushBindings();

            // The node that took the REGISTER goes; another on new ports, sharing the database, runs.
            harness.replaceWithNewNode();
            // An admin edits the workplace.
            final Store store = harness.fixtures.store();
            store.inTransaction(tx -> store.workplaces().updatePerson(tx, phone.account.workplaceId(),
                                                                      StoreFixtures.person()));

            // The new node tells the phone, which answers.
            final String notify = nextRequest(sip, "NOTIFY");
            assertThat(notify).isNotNull();
            assertThat(RawSip.header(notify, "Event")).isEqualTo("check-sync;reboot=false");
            sip.send(RawSip.answer(notify, 200, "OK"));
        }
    }

    @EngineTest
    void ofTwoNodesOnOneDatabaseOnlyOneTellsThePhone(Database database) throws Exception {
        try (RegistrarHarness harness = new RegistrarHarness(database, b -> b.checkSyncDelay(Duration.ofMillis(200)));
             RawSip sip = new RawSip(harness.port())) {
            final TestPhone phone = harness.phone(sip);
            final Registrar first = harness.registrar;
            final Registrar second = harness.startAnotherNode();
            // The phone registers with the first node, which writes the binding: both nodes know it.
            assertThat(RawSip.status(phone.registerFully(phone.contact(), 600))).isEqualTo(200);
            first.flushBindings();

            // An admin edits the workplace, and each node hears it.
            editWorkplace(harness, phone);

            // One NOTIFY comes, and no other: not after the other node's rounds either.
            final String notify = nextRequest(sip, "NOTIFY");
            assertThat(notify).isNotNull();
            sip.respond(notify, 200, "OK");
            assertThat(anotherNotify(sip, notify, Duration.ofSeconds(2))).isNull();
            // The sending node stops; the other takes over and tells of the next change. (It may
            // tell of the first again, as it cannot know what the stopped node sent.)
            final Registrar sender = RawSip.header(notify, "Via").contains(":" + harness.port() + ";")
                                     ? first : second;
            sender.stop();
            editWorkplace(harness, phone);
            final String next = nextRequest(sip, "NOTIFY");
            assertThat(next).isNotNull();
            assertThat(RawSip.header(next, "Via")).doesNotContain(sentBy(notify));
            sip.respond(next, 200, "OK");
        }
    }

    private static String sentBy(String request) {
        final String via = RawSip.header(request, "Via");
        return via.substring(0, via.indexOf(';'));
    }

    private static void editWorkplace(RegistrarHarness harness, TestPhone phone) {
        final Store store = harness.fixtures.store();
        store.inTransaction(tx -> store.workplaces().updatePerson(tx, phone.account.workplaceId(),
                                                                  StoreFixtures.person()));
    }

    @EngineTest
    void optionsAndNotifyGoWhereTheRegisterCameFrom(Database database) throws Exception {
        try (RegistrarHarness harness = new RegistrarHarness(database, b -> b.checkSyncDelay(Duration.ofMillis(200)));
             RawSip sip = new RawSip(harness.port());
             RawSip elsewhere = new RawSip(harness.port(), InetAddress.getByName("127.0.0.2"))) {
            final TestPhone phone = harness.phone(sip);
            // Behind NAT the phone names an address it cannot be reached at: a socket that must hear nothing.
            final String contact = "<sip:" + phone.account.username() + "@127.0.0.2:" + elsewhere.localPort() + ">";
            assertThat(RawSip.status(phone.registerFully(contact, 600))).isEqualTo(200);

            // The probe reaches the address the REGISTER came from, addressed to the Contact.
            harness.registrar.probeNow();
            final String options = nextRequest(sip, "OPTIONS");
            assertThat(options).startsWith("OPTIONS sip:" + phone.account.username() + "@127.0.0.2:"
                                           + elsewhere.localPort() + " SIP/2.0");
            sip.send(RawSip.answer(options, 200, "OK"));
            // So does a check-sync.
            final Store store = harness.fixtures.store();
            store.inTransaction(tx -> store.workplaces().updatePerson(tx, phone.account.workplaceId(),
                                                                      StoreFixtures.person()));
            final String notify = nextRequest(sip, "NOTIFY");
            assertThat(notify).isNotNull();
            sip.send(RawSip.answer(notify, 200, "OK"));

            assertThat(elsewhere.receive(500)).isNull();
        }
    }

    @EngineTest
    void aTlsPhoneHearsEveryCheckSyncOnTheConnectionItRegisteredOn(Database database) throws Exception {
        try (RegistrarHarness harness = RegistrarHarness.withTls(database,
                                                                 b -> b.checkSyncDelay(Duration.ofMillis(200)));
             TlsSip tls = new TlsSip(harness.tlsPort(), harness.tlsCa)) {
            final TestPhone phone = harness.phone(tls);
            // Its Contact names a port where nothing listens, as a phone behind NAT names its own.
            final String contact = "<sip:" + phone.account.username() + "@127.0.0.1:"
                                   + RegistrarHarness.freePort() + ";transport=tls>";
            assertThat(RawSip.status(phone.registerFully(contact, 600))).isEqualTo(200);
            harness.registrar.flushBindings();

            // Two changes, one after the other: each NOTIFY comes over the phone's own connection.
            for (int change = 1; change <= 2; change++) {
                editWorkplace(harness, phone);
                final String notify = nextRequest(tls, "NOTIFY");
                assertThat(notify).as("NOTIFY %d", change).isNotNull();
                assertThat(RawSip.header(notify, "Via")).startsWith("SIP/2.0/TLS ");
                tls.send(RawSip.answer(notify, 200, "OK"));
                final int delivered = change;
                await().atMost(Duration.ofSeconds(5)).until(
                        () -> harness.counter(RegistrarMetrics.NOTIFIES, "outcome", "delivered") == delivered);
            }
        }
    }

    /** The next request of that method on the TLS connection, answering probes on the way. */
    private static @Nullable String nextRequest(TlsSip tls, String method) throws Exception {
        final long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < end) {
            final String message = tls.receive(500);
            if (message != null && message.startsWith(method + ' ')) {
                return message;
            }
            if (message != null && message.startsWith("OPTIONS ")) {
                tls.send(RawSip.answer(message, 200, "OK"));
            }
        }
        return null;
    }

    @EngineTest
    void aPhoneOnAnotherSipStackHearsCheckSyncOnTheTcpConnectionItOpened(Database database) throws Exception {
        try (RegistrarHarness harness = new RegistrarHarness(database, b -> b.checkSyncDelay(Duration.ofMillis(200)))) {
            final SipAccount account = harness.account();
            try (JainSipPhone phone = new JainSipPhone(account, RegistrarHarness.password(account), harness.port(),
                                                       "tcp")) {
                final Response registered = phone.register(600);
                assertThat(registered).isNotNull();
                assertThat(registered.getStatusCode()).isEqualTo(200);
                harness.registrar.flushBindings();

                final Store store = harness.fixtures.store();
                store.inTransaction(tx -> store.workplaces().updatePerson(tx, account.workplaceId(),
                                                                          StoreFixtures.person()));

                final Request notify = nextRequest(phone, Request.NOTIFY);
                assertThat(notify).isNotNull();
                assertThat(notify.getHeader(EventHeader.NAME).toString()).contains("check-sync");
                // It came from the registrar's own port: over the connection the phone opened to
                // it, not over a new one from an ephemeral port.
                assertThat(((SIPRequest) notify).getRemotePort()).isEqualTo(harness.port());
                await().atMost(Duration.ofSeconds(5)).until(
                        () -> harness.counter(RegistrarMetrics.NOTIFIES, "outcome", "delivered") == 1);
            }
        }
    }

    /** The next request of that method the phone got (it answers all of them), skipping probes. */
    private static @Nullable Request nextRequest(JainSipPhone phone, String method) throws Exception {
        for (Request request = phone.awaitRequest(5); request != null; request = phone.awaitRequest(5)) {
            if (request.getMethod().equals(method)) {
                return request;
            }
        }
        return null;
    }

    @EngineTest
    void outcomesAreWrittenToTheAuditLog(Database database) throws Exception {
        try (RegistrarHarness harness = new RegistrarHarness(database, b -> b.checkSyncDelay(Duration.ofMillis(200)));
             RawSip sip = new RawSip(harness.port())) {
            final StoreFixtures fixtures = harness.fixtures;
            final Store store = fixtures.store();
            final Company company = fixtures.company();
            final SipAccount account = fixtures.sipAccount(fixtures.workplace(company));
            final Device device = fixtures.device(company);
            store.inTransaction(tx -> store.devices().assign(tx, device.id(), account.workplaceId()));
            final TestPhone phone = new TestPhone(sip, account, RegistrarHarness.password(account));

            // Not registered yet: the admin's check-sync has no one to tell.
            assertThat(harness.registrar.checkSync(device.id(), false)).isZero();
            // Registered: the admin's check-sync is answered 200.
            assertThat(RawSip.status(phone.registerFully(phone.contact(), 600))).isEqualTo(200);
            assertThat(harness.registrar.checkSync(device.id(), false)).isEqualTo(1);
            sip.send(RawSip.answer(nextRequest(sip, "NOTIFY"), 200, "OK"));
            // A workplace edit reaches it through the feed; this time the phone refuses.
            store.inTransaction(tx -> store.workplaces().updatePerson(tx, account.workplaceId(),
                                                                      StoreFixtures.person()));
            sip.send(RawSip.answer(nextRequest(sip, "NOTIFY"), 486, "Busy Here"));

            await().atMost(Duration.ofSeconds(5)).until(() -> audited(store, company).size() == 3);
            assertThat(audited(store, company)).allSatisfy(entry -> {
                assertThat(entry.actor()).isEqualTo("registrar");
                assertThat(entry.targetKind()).isEqualTo("device");
                assertThat(entry.targetId()).isEqualTo(String.valueOf(device.id()));
            }).extracting(AuditEntry::details).containsExactly(
                    "sent to 1 contact of " + account.aor() + ", answered 486",
                    "sent to 1 contact of " + account.aor() + ", answered 200",
                    "no registered contact to tell");
        }
    }

    private static List<AuditEntry> audited(Store store, Company company) {
        final List<AuditEntry> entries = new ArrayList<>(
                store.transaction(tx -> store.auditLog().listForCompany(tx, company.id(), 10)));
        entries.removeIf(entry -> !entry.action().equals("device.check-sync"));
        return entries;
    }

    /** The next request of that method within 5 s, skipping others (OPTIONS probes). */
    static @Nullable String nextRequest(RawSip sip, String method) throws Exception {
        return nextRequest(sip, method, Duration.ofSeconds(5));
    }

    static @Nullable String nextRequest(RawSip sip, String method, Duration wait) throws Exception {
        final long end = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < end) {
            final String message = sip.receive(1000);
            if (message != null && message.startsWith(method + ' ')) {
                return message;
            }
        }
        return null;
    }

    /**
     * A NOTIFY other than the one answered, within the wait. A retransmission of that one (on a
     * busy machine our answer may come after the sender's first retransmission timer) is
     * answered again and skipped.
     */
    private static @Nullable String anotherNotify(RawSip sip, String answered, Duration wait) throws Exception {
        final long end = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < end) {
            final String notify = nextRequest(sip, "NOTIFY", Duration.ofMillis(500));
            if (notify == null) {
                continue;
            }
            if (!RawSip.header(notify, "Call-ID").equals(RawSip.header(answered, "Call-ID"))) {
                return notify;
            }
            sip.respond(notify, 200, "OK");
        }
        return null;
    }
}
