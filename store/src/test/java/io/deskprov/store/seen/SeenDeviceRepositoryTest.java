package io.deskprov.store.seen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import io.deskprov.store.Database;
import io.deskprov.store.Store;
import io.deskprov.store.device.MacAddress;
import io.deskprov.store.device.Vendor;
import io.deskprov.store.testing.EngineTest;
import io.deskprov.store.testing.StoreFixtures;

class SeenDeviceRepositoryTest {
    private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");

    @EngineTest
    void repeatedSightingsKeepTheFirstAndCountTheRest(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final MacAddress mac = StoreFixtures.uniqueMac();
            final Instant later = T0.plus(Duration.ofMinutes(5));

            // Two requests arrive in one batch, a third in the next.
            store.inTransaction(tx -> store.seenDevices().recordSightings(tx, List.of(
                    sighting(mac, "T46U", "108.86.0.10", T0), sighting(mac, "T46U", "108.86.0.10", T0))));
            store.inTransaction(tx -> store.seenDevices().recordSightings(tx, List.of(
                    sighting(mac, "T46U", "108.86.0.20", later))));

            final Optional<SeenDevice> seen = find(fixtures, mac);
            assertThat(seen).hasValueSatisfying(device -> {
                assertThat(device.firstSeenAt()).isEqualTo(T0);
                assertThat(device.lastSeenAt()).isEqualTo(later);
                assertThat(device.timesSeen()).isEqualTo(3);
                assertThat(device.firmware()).isEqualTo("108.86.0.20");
            });
        }
    }

    @EngineTest
    void recentListIsNewestFirstAndForgetRemoves(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final MacAddress older = StoreFixtures.uniqueMac();
            final MacAddress newer = StoreFixtures.uniqueMac();
            final Instant base = T0.plus(Duration.ofDays(StoreFixtures.unique() % 1000 + 1));
            store.inTransaction(tx -> store.seenDevices().recordSightings(tx, List.of(
                    sighting(older, null, null, base), sighting(newer, "VVX 450", null, base.plusSeconds(1)))));

            final List<SeenDevice> recent = store.transaction(tx -> store.seenDevices().listRecent(tx, 2));
            final boolean forgotten = store.transaction(tx -> store.seenDevices().forget(tx, older));
            final boolean again = store.transaction(tx -> store.seenDevices().forget(tx, older));

            assertThat(recent).extracting(SeenDevice::mac).containsExactly(newer, older);
            assertThat(recent.get(1).model()).isNull();
            assertThat(forgotten).isTrue();
            assertThat(again).isFalse();
            assertThat(find(fixtures, older)).isEmpty();
        }
    }

    @EngineTest
    void overlongUserAgentIsCutToItsColumn(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final MacAddress mac = StoreFixtures.uniqueMac();
            final Sighting sighting = new Sighting(mac, Vendor.POLYCOM, "VVX 450", "6.4.3", "P".repeat(1000),
                                                   "192.0.2.9", T0);

            store.inTransaction(tx -> store.seenDevices().recordSightings(tx, List.of(sighting)));

            assertThat(find(fixtures, mac).orElseThrow().userAgent()).hasSize(300);
        }
    }

    @EngineTest
    void limitMustBePositive(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();

            assertThatThrownBy(() -> store.transaction(tx -> store.seenDevices().listRecent(tx, 0)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("limit: 0");
        }
    }

    private static Optional<SeenDevice> find(StoreFixtures fixtures, MacAddress mac) {
        final Store store = fixtures.store();
        return store.transaction(tx -> store.seenDevices().listRecent(tx, 10_000)).stream()
                    .filter(device -> device.mac().equals(mac))
                    .findFirst();
    }

    private static Sighting sighting(MacAddress mac, @Nullable String model, @Nullable String firmware,
                                     Instant at) {
        return new Sighting(mac, Vendor.YEALINK, model, firmware, "Yealink SIP-T46U " + firmware, "192.0.2.7", at);
    }
}
