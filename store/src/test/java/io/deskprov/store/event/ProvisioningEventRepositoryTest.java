package io.deskprov.store.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import io.deskprov.store.Database;
import io.deskprov.store.Store;
import io.deskprov.store.device.Device;
import io.deskprov.store.testing.EngineTest;
import io.deskprov.store.testing.StoreFixtures;

class ProvisioningEventRepositoryTest {
    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    @EngineTest
    void lastFetchIsTheLatestSuccessfulGet(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Device device = fixtures.device(fixtures.company());
            final ProvisioningEvent fetched = event(device, "GET", 200, T0.plusSeconds(10));

            store.inTransaction(tx -> store.provisioningEvents().appendAll(tx, List.of(
                    event(device, "GET", 200, T0), fetched,
                    event(device, "GET", 404, T0.plusSeconds(20)),
                    event(device, "PUT", 201, T0.plusSeconds(30)))));

            final Optional<ProvisioningEvent> last = store.transaction(tx -> store.provisioningEvents().lastFetch(tx,
                    device.id()));
            final List<ProvisioningEvent> latest = store.transaction(tx -> store.provisioningEvents().listForDevice(
                    tx, device.id(), 2));
            assertThat(last).contains(fetched);
            assertThat(latest).extracting(ProvisioningEvent::method, ProvisioningEvent::status)
                              .containsExactly(tuple("PUT", 201),
                                               tuple("GET", 404));
        }
    }

    @EngineTest
    void eventsOfUnknownPhonesAreKeptAndOldOnesDeleted(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Device device = fixtures.device(fixtures.company());
            final Instant old = T0.minus(Duration.ofDays(400));
            store.inTransaction(tx -> store.provisioningEvents().appendAll(tx, List.of(
                    event(device, "GET", 200, old), event(null, "GET", 404, old), event(device, "GET", 200, T0))));

            final int deleted = store.transaction(tx -> store.provisioningEvents().deleteOlderThan(tx,
                    old.plusSeconds(1)));

            final List<ProvisioningEvent> left = store.transaction(tx -> store.provisioningEvents().listForDevice(
                    tx, device.id(), 10));
            assertThat(deleted).isEqualTo(2);
            assertThat(left).extracting(ProvisioningEvent::occurredAt).containsExactly(T0);
        }
    }

    @EngineTest
    void deletedDeviceLeavesItsEventsBehindWithoutIt(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Device device = fixtures.device(fixtures.company());
            store.inTransaction(tx -> store.provisioningEvents().appendAll(tx, List.of(event(device, "GET", 200, T0))));

            store.transaction(tx -> store.devices().delete(tx, device.id()));

            final long orphans = store.transaction(tx -> tx.queryOne(
                    "SELECT COUNT(*) FROM provisioning_event WHERE device_id IS NULL AND mac = ?",
                    rs -> rs.getLong(1), device.mac().value())).orElseThrow();
            assertThat(orphans).isEqualTo(1);
        }
    }

    @Test
    void statusOutsideHttpRangeIsRefused() {
        assertThatThrownBy(() -> new ProvisioningEvent(null, null, T0, "GET", "y000000000044.cfg", 99, 0, 0,
                                                       "192.0.2.1", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("status: 99");
    }

    private static ProvisioningEvent event(@Nullable Device device, String method, int status, Instant at) {
        return new ProvisioningEvent(device == null ? null : device.id(),
                                     device == null ? StoreFixtures.uniqueMac() : device.mac(), at, method,
                                     "y000000000044.cfg", status, 2048, 1500, "192.0.2.7", "Yealink SIP-T46U");
    }
}
