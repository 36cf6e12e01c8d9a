package io.deskprov.portal.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import io.deskprov.portal.Portal;
import io.deskprov.portal.PortalSettings;
import io.deskprov.portal.ThrottleLimit;
import io.deskprov.portal.mail.MailSettings;
import io.deskprov.store.Database;
import io.deskprov.store.Store;
import io.deskprov.store.account.Account;
import io.deskprov.store.account.AccountState;
import io.deskprov.store.account.PasswordHasher;
import io.deskprov.store.account.Role;
import io.deskprov.store.audit.AuditEntry;
import io.deskprov.store.company.Company;
import io.deskprov.store.testing.MutableClock;
import io.deskprov.store.testing.StoreFixtures;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * A portal on 127.0.0.1 over a test database, writing mail into a directory of its own, with a
 * clock the test moves. Close it to stop the portal.
 */
public final class PortalHarness implements AutoCloseable {
    public static final String PASSWORD = "Correct-Horse.Battery9";
    private static final PasswordHasher hasher = PasswordHasher.owaspDefaults();

    private final StoreFixtures fixtures;
    private final Path mailDirectory;
    private final Portal portal;

    public PortalHarness(Database database) {
        this(database, UnaryOperator.identity());
    }

    public PortalHarness(Database database, UnaryOperator<PortalSettings.Builder> tweak) {
        this.fixtures = new StoreFixtures(database);
        try {
            this.mailDirectory = Files.createTempDirectory("portal-mail");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        final PortalSettings settings = tweak.apply(PortalSettings.builder()
                .address(new InetSocketAddress("127.0.0.1", 0))
                .baseUrl(URI.create("https://portal.example.com/"))
                .orderPollInterval(Duration.ofMillis(100))
                .workerThreads(4)
                // The tests of a class share a database, and with it the throttle counts of 127.0.0.1;
                // tests of throttling set their own limits.
                .loginsPerAddress(new ThrottleLimit(10_000, Duration.ofMinutes(1)))
                .passwordRequests(new ThrottleLimit(10_000, Duration.ofHours(1)),
                                  new ThrottleLimit(10_000, Duration.ofHours(1)))
                .mail(MailSettings.builder()
                                  .directory(mailDirectory)
                                  .timing(Duration.ofMillis(100), Duration.ofSeconds(1))
                                  .build()))
                .build();
        this.portal = Portal.start(settings, fixtures.store(), fixtures.clock(), new SimpleMeterRegistry(),
                                   TestTls.server());
    }

    public Store store() {
        return fixtures.store();
    }

    public StoreFixtures fixtures() {
        return fixtures;
    }

    public MutableClock clock() {
        return fixtures.clock();
    }

    public Portal portal() {
        return portal;
    }

    public ApiClient client() {
        return new ApiClient(URI.create("https://127.0.0.1:" + portal.address().getPort() + '/'));
    }

    /** A new active account with the roles and {@link #PASSWORD}. */
    public Account account(Role... roles) {
        final Account account = fixtures.account(roles);
        final String hash = hasher.hash(PASSWORD);
        store().inTransaction(tx -> {
            store().passwords().setPassword(tx, account.id(), hash);
            store().accounts().setState(tx, account.id(), AccountState.ACTIVE);
        });
        return account;
    }

    /** A client logged in as a new operator. */
    public ApiClient operator() {
        final ApiClient client = client();
        client.login(account(Role.operator()).username(), PASSWORD);
        return client;
    }

    /** A client logged in as a new admin of the company. */
    public ApiClient admin(Company company) {
        final ApiClient client = client();
        client.login(account(Role.admin(company.id())).username(), PASSWORD);
        return client;
    }

    /** The actions in the company's audit log, newest first. */
    public List<String> auditActions(Company company) {
        return store().transaction(tx -> store().auditLog().listForCompany(tx, company.id(), 100)).stream()
                      .map(AuditEntry::action)
                      .toList();
    }

    /** The mails written so far, oldest first. */
    public List<ReceivedMail> mails() {
        try (Stream<Path> files = Files.list(mailDirectory)) {
            final List<ReceivedMail> mails = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".eml"))
                                  .sorted(Comparator.comparing(PortalHarness::modified)).toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    mails.add(ReceivedMail.of(new MimeMessage(Session.getInstance(new java.util.Properties()), in)));
                }
            }
            return mails;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read mails in " + mailDirectory, e);
        }
    }

    /** The latest mail to the address; fails when there is none. */
    public ReceivedMail lastMailTo(String address) {
        return mails().stream().filter(m -> m.to().equals(address)).reduce((a, b) -> b)
                      .orElseThrow(() -> new AssertionError("no mail to " + address));
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        portal.stop();
        fixtures.close();
    }
}
