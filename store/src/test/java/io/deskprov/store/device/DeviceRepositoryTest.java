package io.deskprov.store.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.deskprov.store.ConstraintViolationException;
import io.deskprov.store.Database;
import io.deskprov.store.Store;
import io.deskprov.store.company.Company;
import io.deskprov.store.testing.EngineTest;
import io.deskprov.store.testing.StoreFixtures;

class DeviceRepositoryTest {

    @EngineTest
    void createdDeviceIsFoundByMacAndItsSecretIsSealedAtRest(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Company company = fixtures.company();
            final MacAddress mac = StoreFixtures.uniqueMac();

            final Device created = store.transaction(tx -> store.devices().create(tx, new NewDevice(
                    mac, Vendor.POLYCOM, "VVX 450", company.id(), null, "prov-" + mac, "Very-Secret-Provisioning-1")));
            final String stored = store.transaction(tx -> tx.queryOne(
                    "SELECT provisioning_secret FROM device WHERE id = ?", rs -> rs.getString(1), created.id()))
                    .orElseThrow();

            final Optional<Device> found = store.transaction(tx -> store.devices().findByMac(tx, mac));
            final Optional<String> secret =
                    store.transaction(tx -> store.devices().provisioningSecret(tx, created.id()));
            assertThat(found).contains(created);
            assertThat(created.isAssigned()).isFalse();
            assertThat(stored).startsWith("v1.").doesNotContain("Very-Secret");
            assertThat(secret).contains("Very-Secret-Provisioning-1");
        }
    }

    @EngineTest
    void macAlreadyKnownIsRefused(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Company company = fixtures.company();
            final Device first = fixtures.device(company);

            assertThatThrownBy(() -> store.transaction(tx -> store.devices().create(tx, new NewDevice(
                    first.mac(), Vendor.YEALINK, "T54W", company.id(), null, "other-user", "another-secret-123"))))
                    .isInstanceOfSatisfying(ConstraintViolationException.class,
                        e -> assertThat(e.constraint()).isEqualTo("device_mac_unique"));
        }
    }

    @EngineTest
    void assignAndUnassignMoveTheDeviceBetweenWorkplaceAndPool(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Company company = fixtures.company();
            final Device device = fixtures.device(company);
            final long workplace = fixtures.workplace(company).id();
            fixtures.clock().advance(Duration.ofMinutes(5));

            store.transaction(tx -> store.devices().assign(tx, device.id(), workplace));
            final Device assigned = store.transaction(tx -> store.devices().find(tx, device.id())).orElseThrow();
            store.transaction(tx -> store.devices().assign(tx, device.id(), null));

            assertThat(assigned.workplaceId()).isEqualTo(workplace);
            assertThat(assigned.updatedAt()).isEqualTo(device.updatedAt().plus(Duration.ofMinutes(5)));
            final List<Device> onWorkplace = store.transaction(tx -> store.devices().listForWorkplace(tx, workplace));
            final List<Device> ofCompany = store.transaction(tx -> store.devices().listForCompany(tx, company.id()));
            assertThat(onWorkplace).isEmpty();
            assertThat(ofCompany).extracting(Device::id).containsExactly(device.id());
        }
    }

    @EngineTest
    void workplaceOfAnotherCompanyIsRefusedByTheSchema(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Device device = fixtures.device(fixtures.company());
            final long foreignWorkplace = fixtures.workplace(fixtures.company()).id();

            assertThatThrownBy(() -> store.transaction(tx -> store.devices().assign(tx, device.id(), foreignWorkplace)))
                    .isInstanceOfSatisfying(ConstraintViolationException.class,
                        e -> assertThat(e.constraint()).isEqualTo("device_workplace_fk"));
            assertThat(store.transaction(tx -> store.devices().find(tx, device.id())).orElseThrow().workplaceId())
                    .isNull();
        }
    }

    @EngineTest
    void deleteRemovesTheDeviceAndReportsWhetherItExisted(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Device device = fixtures.device(fixtures.company());

            final boolean first = store.transaction(tx -> store.devices().delete(tx, device.id()));
            final boolean second = store.transaction(tx -> store.devices().delete(tx, device.id()));
            final Optional<Device> found = store.transaction(tx -> store.devices().findByMac(tx, device.mac()));

            assertThat(first).isTrue();
            assertThat(second).isFalse();
            assertThat(found).isEmpty();
        }
    }
}
