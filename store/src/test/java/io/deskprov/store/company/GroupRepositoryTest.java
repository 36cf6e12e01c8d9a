package io.deskprov.store.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.deskprov.store.ConstraintViolationException;
import io.deskprov.store.Database;
import io.deskprov.store.Store;
import io.deskprov.store.testing.EngineTest;
import io.deskprov.store.testing.StoreFixtures;

class GroupRepositoryTest {
    private static final Address HAMBURG = new Address("Elbchaussee 1", "22763", "Hamburg", "DE");

    @EngineTest
    void addedGroupsListAfterTheDefaultByName(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Company company = fixtures.company();

            store.transaction(tx -> store.groups().create(tx, company.id(),
                    new NewGroup("Zweigstelle Hamburg", HAMBURG, "Europe/Berlin", "de")));
            store.transaction(tx -> store.groups().create(tx, company.id(),
                    new NewGroup("Außendienst", HAMBURG, "Europe/Berlin", "en-GB")));

            final List<Group> groups = store.transaction(tx -> store.groups().listForCompany(tx, company.id()));
            assertThat(groups)
                    .extracting(Group::name, Group::isDefault)
                    .containsExactly(
                            tuple(company.contractAddress().oneLine(), true),
                            tuple("Außendienst", false),
                            tuple("Zweigstelle Hamburg", false));
        }
    }

    @EngineTest
    void secondGroupWithTheSameNameIsRefused(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Company company = fixtures.company();
            final NewGroup group = new NewGroup("Lager", HAMBURG, "Europe/Berlin", "de");
            store.transaction(tx -> store.groups().create(tx, company.id(), group));

            assertThatThrownBy(() -> store.transaction(tx -> store.groups().create(tx, company.id(), group)))
                    .isInstanceOfSatisfying(ConstraintViolationException.class,
                        e -> assertThat(e.constraint()).isEqualTo("company_group_name_unique"));
        }
    }

    @EngineTest
    void secondDefaultGroupIsRefusedByTheSchema(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Company company = fixtures.company();

            assertThatThrownBy(() -> store.transaction(tx -> store.groups().createDefault(
                    tx, company.id(), new NewGroup("Zweiter Standard", HAMBURG, "Europe/Berlin", "de"))))
                    .isInstanceOfSatisfying(ConstraintViolationException.class,
                        e -> assertThat(e.constraint()).isEqualTo("company_group_one_default"));
        }
    }

    @EngineTest
    void updateChangesTimeZoneAndLanguage(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Company company = fixtures.company();
            final Group group = store.transaction(tx -> store.groups().create(tx, company.id(),
                    new NewGroup("Wien", HAMBURG, "Europe/Berlin", "de")));

            store.transaction(tx -> store.groups().update(tx, group.id(),
                    new NewGroup("Wien", new Address("Ring 1", "1010", "Wien", "AT"), "Europe/Vienna", "de-AT")));

            assertThat(store.transaction(tx -> store.groups().find(tx, group.id())).orElseThrow())
                    .satisfies(g -> {
                        assertThat(g.timeZone()).isEqualTo("Europe/Vienna");
                        assertThat(g.language()).isEqualTo("de-AT");
                        assertThat(g.address().country()).isEqualTo("AT");
                    });
        }
    }

    @Test
    void unknownTimeZoneIsRefusedWithTheExpectedForm() {
        assertThatThrownBy(() -> new NewGroup("X", HAMBURG, "Mars/Olympus", "de"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("timeZone: Mars/Olympus")
                .hasMessageContaining("IANA");
    }
}
