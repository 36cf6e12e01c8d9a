package io.deskprov.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import io.deskprov.store.Database;
import io.deskprov.store.DatabaseSettings;
import io.deskprov.store.SecretBox;
import io.deskprov.store.Store;
import io.deskprov.store.company.Address;
import io.deskprov.store.company.Company;
import io.deskprov.store.company.NewCompany;
import io.deskprov.store.device.MacAddress;
import io.deskprov.store.device.NewDevice;
import io.deskprov.store.device.Vendor;
import io.deskprov.store.sip.NewSipAccount;
import io.deskprov.store.workplace.NewWorkplace;
import io.deskprov.store.workplace.Person;
import io.deskprov.store.workplace.Profile;
import io.deskprov.store.workplace.Workplace;

/** Puts an assigned Yealink phone into the embedded database of a data directory, as the portal would. */
final class PhoneFixture {
    private PhoneFixture() {
    }

    static void assignedYealink(Path dataDir) {
        final String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("deskprov")
                           + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        try (Database database = Database.open(DatabaseSettings.builder(url).build(), null)) {
            database.migrate();
            try (Store store = Store.over(database, Clock.systemUTC(),
                                          SecretBox.loadOrCreate(dataDir.resolve("secret.key")))) {
                store.inTransaction(tx -> {
                    final Company company = store.companies().create(tx, new NewCompany(
                            "Preview GmbH", new Address("Weg 1", "10115", "Berlin", "DE"), Map.of(),
                            "Europe/Berlin", "de"));
                    final long group = store.groups().listForCompany(tx, company.id()).get(0).id();
                    final Workplace workplace = store.workplaces().createActive(tx, new NewWorkplace(
                            company.id(), group, new Person("Erika", "Muster", "erika@example.com", "+4930123456"),
                            Profile.STANDARD), Clock.systemUTC().instant());
                    store.sipAccounts().create(tx, new NewSipAccount(
                            workplace.id(), "4930123456", "4930123456", "sip.example.net", "Erika Muster",
                            "sip-secret-value-1"));
                    store.devices().create(tx, new NewDevice(
                            MacAddress.parse("001565a1b2c3"), Vendor.YEALINK, "T46U", company.id(), workplace.id(),
                            "prov-001565a1b2c3", "provisioning-secret-1"));
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
