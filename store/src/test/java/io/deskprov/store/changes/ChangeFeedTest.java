package io.deskprov.store.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.deskprov.store.Database;
import io.deskprov.store.company.Company;
import io.deskprov.store.device.Device;
import io.deskprov.store.testing.EngineTest;
import io.deskprov.store.testing.StoreFixtures;

class ChangeFeedTest {

    @EngineTest
    void committedChangeReachesSubscribers(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final List<Change> heard = new CopyOnWriteArrayList<>();
            fixtures.store().changes().subscribe(heard::add);
            final Company company = fixtures.company();

            final Device device = fixtures.device(company);

            await().atMost(Duration.ofSeconds(10)).until(() -> heard.contains(Change.device(device.id())));
        }
    }

    @EngineTest
    void rolledBackChangeIsNeverHeard(Database database) throws InterruptedException {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final ChangeFeed feed = fixtures.store().changes();
            final List<Change> heard = new CopyOnWriteArrayList<>();
            feed.subscribe(heard::add);

            try {
                database.inTransaction(tx -> {
                    feed.publish(tx, Change.device(424242));
                    throw new IllegalStateException("roll back");
                });
            } catch (IllegalStateException expected) {
                // The change above must die with its transaction.
            }
            database.inTransaction(tx -> feed.publish(tx, Change.device(434343)));

            await().atMost(Duration.ofSeconds(10)).until(() -> heard.contains(Change.device(434343)));
            assertThat(heard).doesNotContain(Change.device(424242));
        }
    }

    @EngineTest
    void closedSubscriptionHearsNoMore(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final ChangeFeed feed = fixtures.store().changes();
            final List<Change> closedOne = new CopyOnWriteArrayList<>();
            final List<Change> openOne = new CopyOnWriteArrayList<>();
            feed.subscribe(closedOne::add).close();
            feed.subscribe(openOne::add);

            database.inTransaction(tx -> feed.publish(tx, Change.group(7)));

            await().atMost(Duration.ofSeconds(10)).until(() -> openOne.contains(Change.group(7)));
            assertThat(closedOne).isEmpty();
        }
    }
}
