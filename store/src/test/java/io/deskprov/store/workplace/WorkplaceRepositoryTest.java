package io.deskprov.store.workplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import io.deskprov.store.ConstraintViolationException;
import io.deskprov.store.Database;
import io.deskprov.store.Store;
import io.deskprov.store.changes.Change;
import io.deskprov.store.company.Address;
import io.deskprov.store.company.Company;
import io.deskprov.store.company.Group;
import io.deskprov.store.company.NewGroup;
import io.deskprov.store.testing.EngineTest;
import io.deskprov.store.testing.StoreFixtures;

class WorkplaceRepositoryTest {

    @EngineTest
    void orderedWorkplaceIsActivatedOnce(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Company company = fixtures.company();
            final Workplace ordered = store.transaction(tx -> store.workplaces().create(tx, newWorkplace(fixtures,
                    company)));
            final Instant activation = fixtures.clock().instant().plus(Duration.ofDays(3));

            final boolean first = store.transaction(tx -> store.workplaces().activate(tx, ordered.id(), activation));
            final boolean second = store.transaction(tx -> store.workplaces().activate(tx, ordered.id(), activation));
            final Workplace active = store.transaction(tx -> store.workplaces().find(tx, ordered.id())).orElseThrow();

            assertThat(ordered.state()).isEqualTo(WorkplaceState.ORDERED);
            assertThat(ordered.activatedAt()).isNull();
            assertThat(first).isTrue();
            assertThat(second).isFalse();
            assertThat(active.state()).isEqualTo(WorkplaceState.ACTIVE);
            assertThat(active.activatedAt()).isEqualTo(activation);
            assertThat(active.earliestDeletion()).isEqualTo(activation.plus(Duration.ofDays(30)));
        }
    }

    @EngineTest
    void listsAreByNameAndCountActiveSkipsOrderedAndDeleted(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Company company = fixtures.company();
            final Group branch = store.transaction(tx -> store.groups().create(tx, company.id(), new NewGroup(
                    "Filiale", new Address("Weg 1", "20095", "Hamburg", "DE"), "Europe/Berlin", "de")));
            final Workplace zimmer = fixtures.workplace(company);
            store.transaction(tx -> store.workplaces().updatePerson(tx, zimmer.id(),
                    new Person("Zoe", "Zimmer", "zoe@example.com", "+4940123")));
            final Workplace adler = store.transaction(tx -> store.workplaces().createActive(tx, new NewWorkplace(
                    company.id(), branch.id(), new Person("Anna", "Adler", "anna@example.com", "+4940124"),
                    Profile.EXPERT), fixtures.clock().instant()));
            final Workplace ordered = store.transaction(tx -> store.workplaces().create(tx,
                    newWorkplace(fixtures, company)));
            final Workplace gone = fixtures.workplace(company);
            store.transaction(tx -> store.workplaces().markDeleted(tx, gone.id()));

            final List<Workplace> ofCompany = store.transaction(tx -> store.workplaces().listForCompany(tx,
                    company.id()));
            final List<Workplace> ofBranch = store.transaction(tx -> store.workplaces().listForGroup(tx, branch.id()));
            final int active = store.transaction(tx -> store.workplaces().countActive(tx, company.id()));

            assertThat(ofCompany).extracting(w -> w.person().lastName())
                                 .containsExactly("Adler", "Muster", "Muster", "Zimmer");
            assertThat(ofCompany).extracting(Workplace::id).contains(ordered.id(), gone.id());
            assertThat(ofBranch).containsExactly(adler);
            assertThat(active).isEqualTo(2);
        }
    }

    @EngineTest
    void markDeletedSetsStateAndTimeOnlyOnce(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Workplace workplace = fixtures.workplace(fixtures.company());
            fixtures.clock().advance(Duration.ofDays(40));

            final boolean first = store.transaction(tx -> store.workplaces().markDeleted(tx, workplace.id()));
            final boolean second = store.transaction(tx -> store.workplaces().markDeleted(tx, workplace.id()));
            final Workplace deleted = store.transaction(tx -> store.workplaces().find(tx, workplace.id()))
                                           .orElseThrow();
            final boolean renamed = store.transaction(tx -> store.workplaces().updatePerson(tx, workplace.id(),
                    StoreFixtures.person()));

            assertThat(first).isTrue();
            assertThat(second).isFalse();
            assertThat(renamed).isFalse();
            assertThat(deleted.state()).isEqualTo(WorkplaceState.DELETED);
            assertThat(deleted.deletedAt()).isEqualTo(fixtures.clock().instant());
            assertThat(deleted.activatedAt()).isEqualTo(workplace.activatedAt());
        }
    }

    @EngineTest
    void updatePersonChangesWhatPhonesShowAndIsPublished(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final List<Change> heard = new CopyOnWriteArrayList<>();
            store.changes().subscribe(heard::add);
            final Workplace workplace = fixtures.workplace(fixtures.company());
            final Person renamed = new Person("Erika", "Neumann", "neumann@example.com", "+4989555");

            store.transaction(tx -> store.workplaces().updatePerson(tx, workplace.id(), renamed));

            final Workplace found = store.transaction(tx -> store.workplaces().find(tx, workplace.id())).orElseThrow();
            assertThat(found.person()).isEqualTo(renamed);
            assertThat(found.groupId()).isEqualTo(workplace.groupId());
            await().atMost(Duration.ofSeconds(10)).until(() -> heard.contains(Change.workplace(workplace.id())));
        }
    }

    @EngineTest
    void groupOfAnotherCompanyIsRefusedByTheSchema(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Company company = fixtures.company();
            final Group foreign = fixtures.defaultGroup(fixtures.company());

            assertThatThrownBy(() -> store.transaction(tx -> store.workplaces().create(tx, new NewWorkplace(
                    company.id(), foreign.id(), StoreFixtures.person(), Profile.STANDARD))))
                    .isInstanceOfSatisfying(ConstraintViolationException.class,
                        e -> assertThat(e.constraint()).isEqualTo("workplace_group_fk"));
        }
    }

    @Test
    void phoneNumberMustBeE164() {
        assertThatThrownBy(() -> new Person("Erika", "Muster", "erika@example.com", "030 1234567"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("phoneNumber: 030 1234567")
                .hasMessageContaining("E.164");
    }

    @Test
    void blankNameAndBadEmailAreRefused() {
        assertThatThrownBy(() -> new Person(" ", "Muster", "erika@example.com", "+49301"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("firstName");
        assertThatThrownBy(() -> new Person("Erika", "Muster", "erika.example.com", "+49301"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("email: erika.example.com");
    }

    @Test
    void neverActivatedWorkplaceMayGoAtOnce() {
        final Instant ordered = Instant.parse("2026-03-02T08:00:00Z");
        final Workplace workplace = new Workplace(1, 1, 1, StoreFixtures.person(), Profile.STANDARD,
                                                  WorkplaceState.ORDERED, ordered, null, null);

        assertThat(workplace.earliestDeletion()).isEqualTo(ordered);
    }

    private static NewWorkplace newWorkplace(StoreFixtures fixtures, Company company) {
        return new NewWorkplace(company.id(), fixtures.defaultGroup(company).id(), StoreFixtures.person(),
                                Profile.UNIVERSAL_BASE);
    }
}
