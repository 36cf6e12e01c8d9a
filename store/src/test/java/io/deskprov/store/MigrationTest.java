package io.deskprov.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import io.deskprov.store.testing.EngineTest;
import io.deskprov.store.testing.TestDatabase;

class MigrationTest {
    private static final List<String> DOMAIN_TABLES = List.of(
            "company", "contingent", "company_group", "workplace", "account", "account_role",
            "password_history", "login_session", "api_token", "cart_item", "customer_order", "order_item",
            "order_status_change", "device", "sip_account", "registration_binding", "seen_device",
            "provisioning_event", "mail_outbox", "audit_log", "parameter_value", "revoked_certificate",
            "throttle_window");

    @EngineTest
    void migrationsCreateEveryDomainTableFromScratch(TestDatabase testDatabase) {
        try (TestDatabase fresh = TestDatabase.create(testDatabase.engine());
             Database database = Database.open(fresh.settings(), null)) {
            final int applied = database.migrate();

            final List<String> tables = database.transaction(tx -> tx.query(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
                    row -> row.getString(1)));
            assertThat(applied).isGreaterThanOrEqualTo(3);
            assertThat(tables).containsAll(DOMAIN_TABLES);
        }
    }

    @EngineTest
    void migratingTwiceAppliesNothingTheSecondTime(Database database) {
        assertThat(database.migrate()).isZero();
    }

    @EngineTest
    void engineSpecificChecksRejectAMalformedMac(Database database) {
        final long company = insertCompany(database, "Mac Format GmbH");

        assertThatThrownBy(() -> insertDevice(database, company, "001565AABBCC"))
                .isInstanceOfSatisfying(ConstraintViolationException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ConstraintViolationException.Kind.CHECK);
                    assertThat(e.constraint()).isEqualTo("device_mac_format");
                });
    }

    @EngineTest
    void tooLongValueIsRefused(Database database) {
        final long company = insertCompany(database, "Mac Length GmbH");

        assertThatThrownBy(() -> insertDevice(database, company, "00:15:65:aa:bb:cc"))
                .isInstanceOfSatisfying(ConstraintViolationException.class,
                    e -> assertThat(e.kind()).isEqualTo(ConstraintViolationException.Kind.TOO_LONG));
    }

    @EngineTest
    void uniqueViolationNamesTheConstraint(Database database) {
        final long company = insertCompany(database, "Unique Mac GmbH");
        insertDevice(database, company, "001565000001");

        assertThatThrownBy(() -> insertDevice(database, company, "001565000001"))
                .isInstanceOfSatisfying(ConstraintViolationException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ConstraintViolationException.Kind.UNIQUE);
                    assertThat(e.constraint()).isEqualTo("device_mac_unique");
                });
    }

    @EngineTest
    void missingParentIsAReferenceViolation(Database database) {
        assertThatThrownBy(() -> insertDevice(database, 999_999, "001565000002"))
                .isInstanceOfSatisfying(ConstraintViolationException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ConstraintViolationException.Kind.REFERENCE);
                    assertThat(e.constraint()).isEqualTo("device_company_fk");
                });
    }

    @EngineTest
    void failedTransactionLeavesNothingBehind(Database database) {
        assertThatThrownBy(() -> database.transaction(tx -> {
            tx.insert("INSERT INTO company (name, contract_street, contract_postal_code, contract_city,"
                      + " contract_country, created_at) VALUES (?, 'x', '1', 'x', 'DE', ?)",
                      "Rolled Back AG", Instant.now());
            throw new IllegalStateException("abort");
        })).isInstanceOf(IllegalStateException.class);

        final long count = database.transaction(tx -> tx.queryOne(
                "SELECT COUNT(*) FROM company WHERE name = ?", row -> row.getLong(1), "Rolled Back AG")).orElseThrow();
        assertThat(count).isZero();
    }

    private static long insertCompany(Database database, String name) {
        return database.transaction(tx -> tx.insert(
                "INSERT INTO company (name, contract_street, contract_postal_code, contract_city,"
                + " contract_country, created_at) VALUES (?, 'Hauptstr. 1', '10115', 'Berlin', 'DE', ?)",
                name, Instant.now()));
    }

    private static long insertDevice(Database database, long company, String mac) {
        return database.transaction(tx -> tx.insert(
                "INSERT INTO device (mac, vendor, model, company_id, provisioning_username, provisioning_secret,"
                + " created_at, updated_at) VALUES (?, 'YEALINK', 'T46U', ?, ?, 'v1.x', ?, ?)",
                mac, company, "prov-" + mac, Instant.now(), Instant.now()));
    }
}
