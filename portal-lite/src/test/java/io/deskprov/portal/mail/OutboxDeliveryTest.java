package io.deskprov.portal.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.deskprov.portal.testing.PortalHarness;
import io.deskprov.portal.testing.ReceivedMail;
import io.deskprov.store.Database;
import io.deskprov.store.Store;
import io.deskprov.store.mail.MailStatus;
import io.deskprov.store.mail.OutboxMail;
import io.deskprov.store.testing.EngineTest;

/** The outbox never loses a mail: one queued while the mail server is down arrives once it is up. */
class OutboxDeliveryTest {

    @EngineTest
    void mailQueuedWhileServerIsDownArrivesOnceItIsUp(Database database) throws Exception {
        final int port = freePort();
        final GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        final MailSettings smtp = MailSettings.builder()
                                              .smtp("127.0.0.1", port, MailSettings.Security.PLAIN, null, null)
                                              .from("portal@example.com")
                                              .timing(Duration.ofMillis(100), Duration.ofMinutes(1))
                                              .build();
        try (PortalHarness portal = new PortalHarness(database, b -> b.mail(smtp))) {
            final Store store = portal.store();

            // The server is down: the mail is queued and its first try fails.
            final OutboxMail queued = store.transaction(tx -> store.mailOutbox().enqueue(
                    tx, "erika@example.com", "Willkommen", "Ihr Benutzername: erika.muster"));
            await().until(() -> find(store, queued.id()).attempts() >= 1);
            assertThat(find(store, queued.id()).status()).isNotEqualTo(MailStatus.SENT);
            // The server comes up and the retry is due: the mail arrives.
            server.start();
            portal.clock().advance(Duration.ofMinutes(1));
            await().until(() -> server.getReceivedMessages().length == 1);

            final ReceivedMail mail = ReceivedMail.of(server.getReceivedMessages()[0]);
            assertThat(mail.to()).isEqualTo("erika@example.com");
            assertThat(mail.body()).contains("erika.muster");
            await().until(() -> find(store, queued.id()).status() == MailStatus.SENT);
        } finally {
            server.stop();
        }
    }

    private static OutboxMail find(Store store, long id) {
        return store.transaction(tx -> store.mailOutbox().find(tx, id)).orElseThrow();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
