package io.deskprov.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.deskprov.app.config.Configuration;
import io.deskprov.store.Database;
import io.deskprov.store.Store;
import io.deskprov.store.account.Account;
import io.deskprov.store.account.AccountState;
import io.deskprov.store.account.PasswordHasher;
import io.deskprov.store.account.Role;
import io.deskprov.store.audit.AuditEntry;
import io.deskprov.store.company.Address;
import io.deskprov.store.company.Company;
import io.deskprov.store.company.NewCompany;
import io.deskprov.store.company.Product;
import io.deskprov.store.device.Device;
import io.deskprov.store.device.MacAddress;
import io.deskprov.store.device.NewDevice;
import io.deskprov.store.device.Vendor;
import io.deskprov.store.sip.NewSipAccount;
import io.deskprov.store.sip.SipAccount;
import io.deskprov.store.workplace.NewWorkplace;
import io.deskprov.store.workplace.Person;
import io.deskprov.store.workplace.Profile;
import io.deskprov.store.workplace.Workplace;

/**
 * The whole way of an admin's resync and reboot: portal API, the app's wiring, the registrar's
 * NOTIFY, a phone that SIPp registered. The same registration shows in the user's expert view.
 */
class AdminCheckSyncTest {
    /** The registrar module's scenario of one phone registering, so both modules' tests register alike. */
    private static final Path REGISTER_SCENARIO = Path.of("..", "registrar", "src", "test", "resources", "sipp",
                                                          "register.xml");
    private static final String PASSWORD = "Correct-Horse.Battery9";
    private static final String SIP_SECRET = "sip-secret-of-the-test";
    private static final String DOMAIN = "sip.example.com";

    @TempDir
    Path dataDir;

    @Test
    void resyncAndRebootAskedInThePortalReachTheRegisteredPhoneAsNotify() throws Exception {
        assumeTrue(sippInstalled(), "sipp is not installed (.ci/run installs sip-tester); test skipped");
        final int sipPort = FreePorts.udpAndTcp();
        final Configuration config = Configuration.load(null, Map.of(), List.of(
                "data.dir=" + dataDir, "management.enabled=false", "provisioning.enabled=false",
                "sip.bind-address=127.0.0.1", "sip.udp-port=" + sipPort, "sip.tcp-port=" + sipPort,
                "sip.tls-port=" + FreePorts.udpAndTcp(), "sip.probe-interval=10m",
                "portal.host=127.0.0.1", "portal.port=0"));
        // The rows are there before the node starts, so no change of theirs is waiting to reach
        // the phone as a check-sync of its own: every NOTIFY below is the admin's.
        final Rows rows = prepare(config);
        try (Node node = Node.start(config, Clock.systemUTC(), new PrintStream(OutputStream.nullOutputStream()));
             PhoneSocket phone = new PhoneSocket()) {
            // A desk phone registers, giving the phone socket as its contact.
            register(rows.sip(), sipPort, phone.port());
            // Its user sees it registered in the expert view.
            final PortalClient user = new PortalClient(node);
            user.login(rows.user().username(), PASSWORD);
            await().atMost(Duration.ofSeconds(10)).until(() -> expertStatus(user).path("registered").asBoolean());
            final JsonNode contact = expertStatus(user).path("contacts").path(0);
            // The admin asks for a resync, then a reboot.
            final PortalClient admin = new PortalClient(node);
            admin.login(rows.admin().username(), PASSWORD);
            final int resync = admin.post("/api/devices/" + rows.device().id() + "/resync", Map.of()).statusCode();
            final String resyncNotify = phone.take("NOTIFY");
            final int reboot = admin.post("/api/devices/" + rows.device().id() + "/reboot", Map.of()).statusCode();
            final String rebootNotify = phone.take("NOTIFY");

            assertThat(contact.path("contactUri").asText()).isEqualTo("sip:" + rows.sip().username() + "@127.0.0.1:"
                                                                     + phone.port());
            assertThat(contact.path("transport").asText()).isEqualTo("UDP");
            assertThat(contact.path("agent").path("model").asText()).isEqualTo("T46U");
            assertThat(resync).isEqualTo(202);
            assertThat(PhoneSocket.header(resyncNotify, "Event")).isEqualTo("check-sync;reboot=false");
            assertThat(resyncNotify).startsWith("NOTIFY sip:" + rows.sip().username() + "@127.0.0.1:" + phone.port());
            assertThat(reboot).isEqualTo(202);
            assertThat(PhoneSocket.header(rebootNotify, "Event")).isEqualTo("check-sync;reboot=true");
            // The registrar records that the phone took both.
            await().atMost(Duration.ofSeconds(10)).until(() -> answered(node.store(), rows.device()) == 2);
        }
    }

    private static JsonNode expertStatus(PortalClient user) throws Exception {
        return PortalClient.json(user.get("/api/me/settings/expert")).path("status").path(0);
    }

    private static long answered(Store store, Device device) {
        return store.transaction(tx -> store.auditLog().listForCompany(tx, device.companyId(), 50)).stream()
                    .filter(e -> e.action().equals("device.check-sync"))
                    .map(AuditEntry::details)
                    .filter(details -> details.endsWith("answered 200"))
                    .count();
    }

    /** Registers the account with SIPp over UDP, the contact on the phone's port. */
    private void register(SipAccount sip, int sipPort, int contactPort) throws IOException, InterruptedException {
        final Path log = dataDir.resolve("sipp-register.log");
        final List<String> command = new ArrayList<>(List.of(
                "sipp", "-sf", REGISTER_SCENARIO.toString(), "-i", "127.0.0.1",
                "-p", String.valueOf(FreePorts.udpAndTcp()), "-m", "1", "-timeout", "20s", "-timeout_error",
                "-nostdin", "-key", "aor_user", sip.username(), "-key", "aor_domain", sip.domain(),
                "-key", "aor_password", SIP_SECRET, "-key", "contact_port", String.valueOf(contactPort),
                "-au", sip.authUsername(), "-ap", SIP_SECRET, "127.0.0.1:" + sipPort));
        final Process sipp = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                                                        .start();
        if (!sipp.waitFor(30, TimeUnit.SECONDS)) {
            sipp.destroyForcibly();
        }
        assertThat(sipp.isAlive() ? -1 : sipp.exitValue()).as("sipp: %s", Files.readString(log)).isZero();
    }

    /** A company with an admin, and a workplace with its user, SIP account and desk phone. */
    private static Rows prepare(Configuration config) {
        final Instant now = Instant.now();
        final String hash = PasswordHasher.owaspDefaults().hash(PASSWORD);
        try (Database database = Database.open(Node.databaseSettings(config), null);
             Store store = Store.over(database, Clock.systemUTC(), Node.secretBox(config))) {
            database.migrate();
            return store.transaction(tx -> {
                final Company company = store.companies().create(tx, new NewCompany(
                        "Muster GmbH", new Address("Hauptstr. 1", "10115", "Berlin", "DE"),
                        Map.of(Product.WORKPLACE, 5), "Europe/Berlin", "de"));
                final long group = store.groups().listForCompany(tx, company.id()).get(0).id();
                final Workplace workplace = store.workplaces().createActive(tx, new NewWorkplace(
                        company.id(), group, new Person("Erika", "Muster", "erika@example.com", "+49301234567"),
                        Profile.EXPERT), now);
                final SipAccount sip = store.sipAccounts().create(tx, new NewSipAccount(
                        workplace.id(), "49301234567", "wp" + workplace.id(), DOMAIN, "Erika Muster", SIP_SECRET));
                final MacAddress mac = new MacAddress("001565aabbcc");
                final Device device = store.devices().create(tx, new NewDevice(
                        mac, Vendor.YEALINK, "T46U", company.id(), workplace.id(), "dp-" + mac, "provisioning-secret"));
                final Account admin = store.accounts().create(tx, "admin.muster", "admin@example.com",
                                                              List.of(Role.admin(company.id())));
                final Account user = store.accounts().create(tx, "erika.muster", "erika@example.com",
                                                             List.of(Role.user(company.id(), workplace.id())));
                for (Account account : List.of(admin, user)) {
                    store.passwords().setPassword(tx, account.id(), hash);
                    store.accounts().setState(tx, account.id(), AccountState.ACTIVE);
                }
                return new Rows(admin, user, sip, device);
            });
        }
    }

    private static boolean sippInstalled() {
        final String path = System.getenv("PATH");
        return path != null && List.of(path.split(File.pathSeparator)).stream()
                                   .anyMatch(dir -> Files.isExecutable(Path.of(dir, "sipp")));
    }

    private record Rows(Account admin, Account user, SipAccount sip, Device device) {
    }
}
