package io.deskprov.store.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import io.deskprov.store.Database;
import io.deskprov.store.Store;
import io.deskprov.store.company.Company;
import io.deskprov.store.testing.EngineTest;
import io.deskprov.store.testing.StoreFixtures;

class AuditLogRepositoryTest {
    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    @EngineTest
    void companyEntriesAreListedNewestFirstAndOnlyTheirs(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Company company = fixtures.company();
            final Company other = fixtures.company();
            final AuditEntry created = entry(company.id(), "workplace.create", T0);
            final AuditEntry deleted = entry(company.id(), "workplace.delete", T0.plus(Duration.ofDays(31)));
            final AuditEntry renamed = entry(company.id(), "workplace.rename", T0.plus(Duration.ofDays(2)));

            store.inTransaction(tx -> {
                for (AuditEntry entry : List.of(created, deleted, renamed, entry(other.id(), "x", T0),
                                                entry(null, "company.create", T0))) {
                    store.auditLog().append(tx, entry);
                }
            });

            final List<AuditEntry> all = store.transaction(tx -> store.auditLog().listForCompany(tx, company.id(), 10));
            final List<AuditEntry> latest = store.transaction(tx -> store.auditLog().listForCompany(tx, company.id(),
                                                                                                   1));
            assertThat(all).containsExactly(deleted, renamed, created);
            assertThat(latest).containsExactly(deleted);
        }
    }

    @EngineTest
    void longDetailsAreCutToTheColumn(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Company company = fixtures.company();
            final AuditEntry entry = new AuditEntry("erika", company.id(), "parameter.set", "parameter", "dns",
                                                    "d".repeat(10_000), null, T0);

            store.inTransaction(tx -> store.auditLog().append(tx, entry));

            final List<AuditEntry> found = store.transaction(tx -> store.auditLog().listForCompany(tx, company.id(),
                                                                                                  1));
            assertThat(found).singleElement().satisfies(e -> assertThat(e.details()).hasSize(4000));
        }
    }

    @Test
    void blankActorIsRefused() {
        assertThatThrownBy(() -> new AuditEntry(" ", null, "a", "b", null, null, null, T0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("actor");
    }

    private static AuditEntry entry(@Nullable Long companyId, String action, Instant at) {
        return new AuditEntry("erika", companyId, action, "workplace", "42", "details", "192.0.2.7", at);
    }
}
