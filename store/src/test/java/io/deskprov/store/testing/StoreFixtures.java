package io.deskprov.store.testing;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.deskprov.store.Database;
import io.deskprov.store.SecretBox;
import io.deskprov.store.Store;
import io.deskprov.store.account.Account;
import io.deskprov.store.account.Role;
import io.deskprov.store.company.Address;
import io.deskprov.store.company.Company;
import io.deskprov.store.company.Group;
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
 * Builds the rows that tests need, each unique within its database so that tests sharing a
 * database never collide. Close it to stop the store's change feed.
 */
public final class StoreFixtures implements AutoCloseable {
    private static final AtomicLong sequence = new AtomicLong(System.nanoTime() & 0xffffff);

    private final MutableClock clock = MutableClock.startingAt("2026-03-02T08:00:00Z");
    private final Store store;

    public StoreFixtures(Database database) {
        final byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.store = Store.over(database, clock, SecretBox.ofKey(key));
    }

    public Store store() {
        return store;
    }

    public MutableClock clock() {
        return clock;
    }

    /** A number no other fixture in this JVM returns. */
    public static long unique() {
        return sequence.incrementAndGet();
    }

    /** A MAC no other fixture in this JVM returns. */
    public static MacAddress uniqueMac() {
        return new MacAddress(String.format("0015%08x", unique() & 0xffffffffL));
    }

    /** A new company in Berlin with ten workplace licences and two mobile clients. */
    public Company company() {
        final NewCompany company = new NewCompany(
                "Muster GmbH " + unique(), new Address("Hauptstr. " + unique(), "10115", "Berlin", "DE"),
                Map.of(Product.WORKPLACE, 10, Product.MOBILE_CLIENT, 2), "Europe/Berlin", "de");
        return store.transaction(tx -> store.companies().create(tx, company));
    }

    /** A new unassigned Yealink T46U of the company. */
    public Device device(Company company) {
        final MacAddress mac = uniqueMac();
        final NewDevice device = new NewDevice(mac, Vendor.YEALINK, "T46U", company.id(), null,
                                               "prov-" + mac, "secret-" + mac + "-x");
        return store.transaction(tx -> store.devices().create(tx, device));
    }

    /** The company's default group, named after its contract address. */
    public Group defaultGroup(Company company) {
        return store.transaction(tx -> store.groups().listForCompany(tx, company.id())).stream()
                    .filter(Group::isDefault)
                    .findFirst()
                    .orElseThrow();
    }

    /** A new workplace in the company's default group, active since now. */
    public Workplace workplace(Company company) {
        final NewWorkplace workplace = new NewWorkplace(company.id(), defaultGroup(company).id(), person(),
                                                        Profile.STANDARD);
        return store.transaction(tx -> store.workplaces().createActive(tx, workplace, clock.instant()));
    }

    /** An employee with a unique email address. */
    public static Person person() {
        return new Person("Erika", "Muster", "erika" + unique() + "@example.com", "+49301234567");
    }

    /** A new pending account with a unique username and the given roles. */
    public Account account(Role... roles) {
        final String username = "user" + unique();
        return store.transaction(tx -> store.accounts().create(tx, username, username + "@example.com",
                                                               List.of(roles)));
    }

    /** A new SIP account of the workplace, with a unique user name on {@code pbx.example.com}. */
    public SipAccount sipAccount(Workplace workplace) {
        final String user = "49301" + unique();
        final NewSipAccount account = new NewSipAccount(workplace.id(), user, user, "pbx.example.com",
                                                        "Erika Muster", "sip-secret-" + user);
        return store.transaction(tx -> store.sipAccounts().create(tx, account));
    }

    @Override
    public void close() {
        store.close();
    }
}
