package io.deskprov.store.parameter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.deskprov.store.ConstraintViolationException;
import io.deskprov.store.Database;
import io.deskprov.store.Store;
import io.deskprov.store.changes.Change;
import io.deskprov.store.company.Address;
import io.deskprov.store.company.Company;
import io.deskprov.store.company.NewGroup;
import io.deskprov.store.device.Device;
import io.deskprov.store.testing.EngineTest;
import io.deskprov.store.testing.StoreFixtures;
import io.deskprov.store.workplace.Workplace;

class ParameterRepositoryTest {

    @EngineTest
    void setReplacesTheValueAndListIsSortedByName(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Company company = fixtures.company();

            store.inTransaction(tx -> {
                store.parameters().set(tx, ParameterLevel.COMPANY, company.id(), "ntp.server", "pool.ntp.org");
                store.parameters().set(tx, ParameterLevel.COMPANY, company.id(), "lang", "de");
                store.parameters().set(tx, ParameterLevel.COMPANY, company.id(), "ntp.server", "ntp.example.com");
            });

            final SortedMap<String, String> values = store.transaction(tx -> store.parameters().list(tx,
                    ParameterLevel.COMPANY, company.id()));
            assertThat(values).containsExactly(Map.entry("lang", "de"), Map.entry("ntp.server", "ntp.example.com"));
        }
    }

    @EngineTest
    void valuesOfANameAreCollectedFromEveryLevelOnce(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Company company = fixtures.company();
            final Device device = fixtures.device(company);
            final String name = "p" + StoreFixtures.unique();

            store.inTransaction(tx -> {
                store.parameters().set(tx, ParameterLevel.PLATFORM, 0, name, "a.rom");
                store.parameters().set(tx, ParameterLevel.COMPANY, company.id(), name, "b.rom");
                store.parameters().set(tx, ParameterLevel.DEVICE, device.id(), name, "a.rom");
                store.parameters().set(tx, ParameterLevel.DEVICE, device.id(), "other" + name, "c.rom");
            });

            final Set<String> values = store.transaction(tx -> store.parameters().valuesOf(tx, name));
            assertThat(values).containsExactlyInAnyOrder("a.rom", "b.rom");
        }
    }

    @EngineTest
    void layersRunFromPlatformDownToTheDevice(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Company company = fixtures.company();
            final Workplace workplace = fixtures.workplace(company);
            final Device device = fixtures.device(company);
            store.transaction(tx -> store.devices().assign(tx, device.id(), workplace.id()));
            final String name = "p" + StoreFixtures.unique();

            store.inTransaction(tx -> {
                store.parameters().set(tx, ParameterLevel.PLATFORM, 0, name, "platform");
                store.parameters().set(tx, ParameterLevel.COMPANY, company.id(), name, "company");
                store.parameters().set(tx, ParameterLevel.GROUP, workplace.groupId(), name, "group");
                store.parameters().set(tx, ParameterLevel.WORKPLACE, workplace.id(), name, "workplace");
                store.parameters().set(tx, ParameterLevel.DEVICE, device.id(), name, "device");
            });

            final List<ParameterLayer> layers = store.transaction(tx -> store.parameters().layersFor(tx, device.id()))
                                                     .orElseThrow();
            assertThat(layers).extracting(ParameterLayer::level, ParameterLayer::scopeId, l -> l.values().get(name))
                              .containsExactly(
                                      tuple(ParameterLevel.PLATFORM, 0L, "platform"),
                                      tuple(ParameterLevel.COMPANY, company.id(), "company"),
                                      tuple(ParameterLevel.GROUP, workplace.groupId(), "group"),
                                      tuple(ParameterLevel.WORKPLACE, workplace.id(), "workplace"),
                                      tuple(ParameterLevel.DEVICE, device.id(), "device"));
        }
    }

    @EngineTest
    void groupLayerCarriesTheLocationsTimeZoneAndLanguageUnlessAParameterOverridesThem(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Company company = fixtures.company();
            final Workplace workplace = fixtures.workplace(company);
            final Device device = fixtures.device(company);
            store.transaction(tx -> store.devices().assign(tx, device.id(), workplace.id()));
            store.inTransaction(tx -> store.groups().update(tx, workplace.groupId(), new NewGroup(
                    "Wien " + StoreFixtures.unique(), new Address("Ring 1", "1010", "Wien", "AT"), "Europe/Vienna",
                    "de-AT")));
            final ParameterLayer before = groupLayer(store, device);

            store.inTransaction(tx -> store.parameters().set(tx, ParameterLevel.GROUP, workplace.groupId(),
                                                             "language", "en"));

            final ParameterLayer after = groupLayer(store, device);
            assertThat(before.values()).containsEntry("time.zone", "Europe/Vienna").containsEntry("language", "de");
            assertThat(after.values()).containsEntry("time.zone", "Europe/Vienna").containsEntry("language", "en");
        }
    }

    private static ParameterLayer groupLayer(Store store, Device device) {
        final List<ParameterLayer> layers = store.transaction(tx -> store.parameters().layersFor(tx, device.id()))
                                                 .orElseThrow();
        return layers.stream().filter(layer -> layer.level() == ParameterLevel.GROUP).findFirst().orElseThrow();
    }

    @EngineTest
    void unassignedDeviceHasNoGroupOrWorkplaceLayerAndUnknownDeviceNone(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Device device = fixtures.device(fixtures.company());

            final List<ParameterLayer> layers = store.transaction(tx -> store.parameters().layersFor(tx, device.id()))
                                                     .orElseThrow();
            final Optional<List<ParameterLayer>> unknown = store.transaction(tx -> store.parameters().layersFor(tx,
                    -1));

            assertThat(layers).extracting(ParameterLayer::level)
                              .containsExactly(ParameterLevel.PLATFORM, ParameterLevel.COMPANY, ParameterLevel.DEVICE);
            assertThat(unknown).isEmpty();
        }
    }

    @EngineTest
    void setAndRemoveArePublishedForTheirScope(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Workplace workplace = fixtures.workplace(fixtures.company());
            final List<Change> heard = new CopyOnWriteArrayList<>();
            store.changes().subscribe(heard::add);

            store.inTransaction(tx -> store.parameters().set(tx, ParameterLevel.GROUP, workplace.groupId(), "a", "1"));
            await().atMost(Duration.ofSeconds(10)).until(() -> heard.contains(Change.group(workplace.groupId())));
            heard.clear();
            final boolean removed = store.transaction(tx -> store.parameters().remove(tx, ParameterLevel.GROUP,
                                                                                     workplace.groupId(), "a"));
            final boolean again = store.transaction(tx -> store.parameters().remove(tx, ParameterLevel.GROUP,
                                                                                   workplace.groupId(), "a"));

            await().atMost(Duration.ofSeconds(10)).until(() -> heard.contains(Change.group(workplace.groupId())));
            assertThat(removed).isTrue();
            assertThat(again).isFalse();
        }
    }

    @EngineTest
    void platformParameterWithAScopeIsRefusedByTheSchema(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();

            assertThatThrownBy(() -> store.inTransaction(tx -> store.parameters().set(tx, ParameterLevel.PLATFORM, 7,
                                                                                      "a", "1")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("scopeId of PLATFORM: 7");
            assertThatThrownBy(() -> store.inTransaction(tx -> tx.update(
                    "INSERT INTO parameter_value (level, scope_id, name, raw_value, updated_at)"
                    + " VALUES ('PLATFORM', 7, 'a', '1', CURRENT_TIMESTAMP)")))
                    .isInstanceOfSatisfying(ConstraintViolationException.class,
                        e -> assertThat(e.constraint()).isEqualTo("parameter_value_scope_check"));
        }
    }
}
