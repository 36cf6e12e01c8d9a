package io.deskprov.store.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.Map;

import io.deskprov.store.ConstraintViolationException;
import io.deskprov.store.Database;
import io.deskprov.store.Store;
import io.deskprov.store.testing.EngineTest;
import io.deskprov.store.testing.StoreFixtures;

class CompanyRepositoryTest {

    @EngineTest
    void createdCompanyComesWithItsContingentsAndADefaultGroupNamedAfterTheContractAddress(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final NewCompany form = new NewCompany(
                    "Beispiel AG", new Address("Lindenallee 7", "50667", "Köln", "de"),
                    Map.of(Product.WORKPLACE, 25, Product.MOBILE_CLIENT, 5), "Europe/Berlin", "de");

            final Company company = store.transaction(tx -> store.companies().create(tx, form));
            final List<Group> groups = store.transaction(tx -> store.groups().listForCompany(tx, company.id()));

            assertThat(company.name()).isEqualTo("Beispiel AG");
            assertThat(company.contractAddress().country()).isEqualTo("DE");
            assertThat(company.contingent(Product.WORKPLACE)).isEqualTo(25);
            assertThat(company.contingent(Product.DESKTOP_CLIENT)).isZero();
            assertThat(company.deviceAuthPolicy()).isEqualTo(DeviceAuthPolicy.CERTIFICATE_OR_PASSWORD);
            assertThat(company.createdAt()).isEqualTo(fixtures.clock().instant());
            assertThat(groups).singleElement().satisfies(group -> {
                assertThat(group.name()).isEqualTo("Lindenallee 7, 50667 Köln");
                assertThat(group.isDefault()).isTrue();
                assertThat(group.timeZone()).isEqualTo("Europe/Berlin");
            });
        }
    }

    @EngineTest
    void contingentCanBeRaisedAndLowered(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Company company = fixtures.company();

            store.inTransaction(tx -> {
                store.companies().setContingent(tx, company.id(), Product.DESKTOP_CLIENT, 3);
                store.companies().setContingent(tx, company.id(), Product.WORKPLACE, 4);
            });
            final Company reloaded = store.transaction(tx -> store.companies().find(tx, company.id())).orElseThrow();

            assertThat(reloaded.contingents())
                    .containsEntry(Product.DESKTOP_CLIENT, 3)
                    .containsEntry(Product.WORKPLACE, 4)
                    .containsEntry(Product.MOBILE_CLIENT, 2);
        }
    }

    @EngineTest
    void negativeContingentIsRefusedBeforeTheDatabase(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Company company = fixtures.company();

            assertThatThrownBy(() -> store.inTransaction(
                    tx -> store.companies().setContingent(tx, company.id(), Product.WORKPLACE, -1)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("quantity: -1");
            assertThat(store.transaction(tx -> store.companies().find(tx, company.id())).orElseThrow()
                            .contingent(Product.WORKPLACE)).isEqualTo(10);
        }
    }

    @EngineTest
    void unknownCountryFormatIsRefusedByTheSchema(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final NewCompany form = new NewCompany("Bad Country SE", new Address("A 1", "1", "X", "D1"),
                                                   Map.of(), "Europe/Berlin", "de");

            assertThatThrownBy(() -> store.transaction(tx -> store.companies().create(tx, form)))
                    .isInstanceOfSatisfying(ConstraintViolationException.class,
                        e -> assertThat(e.constraint()).isEqualTo("company_country_format"));
        }
    }

    @EngineTest
    void lockMakesASecondTransactionWaitForTheFirst(Database database) throws Exception {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Company company = fixtures.company();
            final CountDownLatch firstHoldsLock = new CountDownLatch(1);
            final CountDownLatch releaseFirst = new CountDownLatch(1);
            final List<String> order = new CopyOnWriteArrayList<>();
            final Thread first = new Thread(() -> store.inTransaction(tx -> {
                store.companies().lock(tx, company.id());
                firstHoldsLock.countDown();
                awaitQuietly(releaseFirst);
                order.add("first done");
            }));
            first.start();
            firstHoldsLock.await(10, TimeUnit.SECONDS);

            final Thread second = new Thread(() -> store.inTransaction(tx -> {
                store.companies().lock(tx, company.id());
                order.add("second locked");
            }));
            second.start();
            // The second must still be waiting while the first holds the lock.
            second.join(500);
            final boolean secondWaited = second.isAlive();
            releaseFirst.countDown();
            first.join(10_000);
            second.join(10_000);

            assertThat(secondWaited).isTrue();
            assertThat(order).containsExactly("first done", "second locked");
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @EngineTest
    void devicePolicyChangeIsKept(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Company company = fixtures.company();

            final boolean found = store.transaction(tx -> store.companies().setDeviceAuthPolicy(
                    tx, company.id(), DeviceAuthPolicy.CERTIFICATE_ONLY));
            final boolean missing = store.transaction(tx -> store.companies().setDeviceAuthPolicy(
                    tx, 987_654_321L, DeviceAuthPolicy.CERTIFICATE_ONLY));

            assertThat(found).isTrue();
            assertThat(missing).isFalse();
            assertThat(store.transaction(tx -> store.companies().find(tx, company.id())).orElseThrow()
                            .deviceAuthPolicy()).isEqualTo(DeviceAuthPolicy.CERTIFICATE_ONLY);
        }
    }
}
