package io.deskprov.store;

import static java.util.Objects.requireNonNull;

import java.time.Clock;

import io.deskprov.store.account.AccountRepository;
import io.deskprov.store.account.ApiTokenRepository;
import io.deskprov.store.account.PasswordRepository;
import io.deskprov.store.audit.AuditLogRepository;
import io.deskprov.store.certificate.RevocationRepository;
import io.deskprov.store.changes.ChangeFeed;
import io.deskprov.store.company.CompanyRepository;
import io.deskprov.store.company.GroupRepository;
import io.deskprov.store.device.DeviceRepository;
import io.deskprov.store.event.ProvisioningEventRepository;
import io.deskprov.store.lease.LeaseRepository;
import io.deskprov.store.mail.MailOutboxRepository;
import io.deskprov.store.order.OrderRepository;
import io.deskprov.store.parameter.ParameterRepository;
import io.deskprov.store.registration.BindingRepository;
import io.deskprov.store.registration.DeviceStatusQuery;
import io.deskprov.store.seen.SeenDeviceRepository;
import io.deskprov.store.session.CartRepository;
import io.deskprov.store.session.LoginSessionRepository;
import io.deskprov.store.sip.SipAccountRepository;
import io.deskprov.store.throttle.ThrottleRepository;
import io.deskprov.store.workplace.WorkplaceRepository;

/**
 * Everything the other modules need from the store, wired once: the database, the change feed
 * and one instance of each repository. Closing it stops the feed; the database stays open,
 * since whoever opened it closes it.
 */
public final class Store implements AutoCloseable {
    private final Database database;
    private final ChangeFeed changes;
    private final GroupRepository groups;
    private final CompanyRepository companies;
    private final DeviceRepository devices;
    private final RevocationRepository revocations;
    private final WorkplaceRepository workplaces;
    private final AccountRepository accounts;
    private final PasswordRepository passwords;
    private final ApiTokenRepository apiTokens;
    private final LoginSessionRepository sessions;
    private final CartRepository carts;
    private final OrderRepository orders;
    private final SipAccountRepository sipAccounts;
    private final BindingRepository bindings;
    private final DeviceStatusQuery deviceStatuses;
    private final SeenDeviceRepository seenDevices;
    private final ProvisioningEventRepository provisioningEvents;
    private final MailOutboxRepository mailOutbox;
    private final AuditLogRepository auditLog;
    private final ParameterRepository parameters;
    private final ThrottleRepository throttles;
    private final LeaseRepository leases;

    private Store(Database database, Clock clock, SecretBox secrets, ChangeFeed changes) {
        this.database = database;
        this.changes = changes;
        this.groups = new GroupRepository(clock, changes);
        this.companies = new CompanyRepository(clock, groups, changes);
        this.revocations = new RevocationRepository(clock);
        this.devices = new DeviceRepository(clock, secrets, changes, revocations);
        this.workplaces = new WorkplaceRepository(clock, changes);
        this.accounts = new AccountRepository(clock);
        this.passwords = new PasswordRepository(clock);
        this.apiTokens = new ApiTokenRepository(clock);
        this.sessions = new LoginSessionRepository(clock);
        this.carts = new CartRepository(clock);
        this.orders = new OrderRepository(clock);
        this.sipAccounts = new SipAccountRepository(clock, secrets, changes);
        this.bindings = new BindingRepository();
        this.seenDevices = new SeenDeviceRepository();
        this.provisioningEvents = new ProvisioningEventRepository();
        this.deviceStatuses = new DeviceStatusQuery(clock, devices, sipAccounts, bindings, provisioningEvents);
        this.mailOutbox = new MailOutboxRepository(clock, secrets);
        this.auditLog = new AuditLogRepository();
        this.parameters = new ParameterRepository(clock, changes);
        this.throttles = new ThrottleRepository();
        this.leases = new LeaseRepository();
    }

    /** Wires the repositories over an open, migrated database with the feed that suits its engine. */
    public static Store over(Database database, Clock clock, SecretBox secrets) {
        requireNonNull(database, "database");
        requireNonNull(clock, "clock");
        requireNonNull(secrets, "secrets");
        return new Store(database, clock, secrets, ChangeFeed.forDatabase(database));
    }

    public Database database() {
        return database;
    }

    public ChangeFeed changes() {
        return changes;
    }

    /** Shorthand for {@code database().transaction(work)}. */
    public <T> T transaction(TransactionWork<T> work) {
        return database.transaction(work);
    }

    /** Shorthand for {@code database().inTransaction(action)}. */
    public void inTransaction(TransactionAction action) {
        database.inTransaction(action);
    }

    public CompanyRepository companies() {
        return companies;
    }

    public GroupRepository groups() {
        return groups;
    }

    public DeviceRepository devices() {
        return devices;
    }

    public RevocationRepository revocations() {
        return revocations;
    }

    public WorkplaceRepository workplaces() {
        return workplaces;
    }

    public AccountRepository accounts() {
        return accounts;
    }

    public PasswordRepository passwords() {
        return passwords;
    }

    public ApiTokenRepository apiTokens() {
        return apiTokens;
    }

    public LoginSessionRepository sessions() {
        return sessions;
    }

    public CartRepository carts() {
        return carts;
    }

    public OrderRepository orders() {
        return orders;
    }

    public SipAccountRepository sipAccounts() {
        return sipAccounts;
    }

    public BindingRepository bindings() {
        return bindings;
    }

    /** Phones' registrations and last fetches, as the portal's expert view shows them. */
    public DeviceStatusQuery deviceStatuses() {
        return deviceStatuses;
    }

    public SeenDeviceRepository seenDevices() {
        return seenDevices;
    }

    public ProvisioningEventRepository provisioningEvents() {
        return provisioningEvents;
    }

    public MailOutboxRepository mailOutbox() {
        return mailOutbox;
    }

    public AuditLogRepository auditLog() {
        return auditLog;
    }

    public ParameterRepository parameters() {
        return parameters;
    }

    public ThrottleRepository throttles() {
        return throttles;
    }

    public LeaseRepository leases() {
        return leases;
    }

    @Override
    public void close() {
        changes.close();
    }
}
