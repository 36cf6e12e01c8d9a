package io.deskprov.store.lease;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.deskprov.store.Database;
import io.deskprov.store.Store;
import io.deskprov.store.testing.EngineTest;
import io.deskprov.store.testing.StoreFixtures;

class LeaseRepositoryTest {

    @EngineTest
    void oneHolderAtATimeUntilTheLeaseExpiresOrIsReleased(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final String lease = "lease" + StoreFixtures.unique();
            final Instant t0 = fixtures.clock().instant();

            // Node a takes the free lease for 10 s; b is refused while it runs.
            assertThat(hold(fixtures, lease, "a", t0, 10)).isTrue();
            assertThat(hold(fixtures, lease, "b", t0.plusSeconds(5), 10)).isFalse();
            // a renews at 8 s, so at 12 s b is still refused.
            assertThat(hold(fixtures, lease, "a", t0.plusSeconds(8), 10)).isTrue();
            assertThat(hold(fixtures, lease, "b", t0.plusSeconds(12), 10)).isFalse();
            // a stops renewing: once the lease expired, b takes it.
            assertThat(hold(fixtures, lease, "b", t0.plusSeconds(18), 10)).isTrue();
            assertThat(hold(fixtures, lease, "a", t0.plusSeconds(19), 10)).isFalse();
            // b gives it up; a may take it at once.
            final Store store = fixtures.store();
            store.inTransaction(tx -> store.leases().release(tx, lease, "b", t0.plusSeconds(20)));
            assertThat(hold(fixtures, lease, "a", t0.plusSeconds(20), 10)).isTrue();
        }
    }

    @EngineTest
    void ofNodesTryingAtOnceOneHoldsTheLease(Database database) throws Exception {
        final ExecutorService threads = Executors.newFixedThreadPool(4);
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final String lease = "lease" + StoreFixtures.unique();
            final Instant t0 = fixtures.clock().instant();
            // The row exists, free, as after any first use.
            hold(fixtures, lease, "first", t0, 1);
            final List<Callable<Boolean>> tries = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                final String node = "node" + i;
                tries.add(() -> hold(fixtures, lease, node, t0.plusSeconds(2), 10));
            }

            int holders = 0;
            for (Future<Boolean> attempt : threads.invokeAll(tries)) {
                holders += attemptHeld(attempt) ? 1 : 0;
            }

            assertThat(holders).isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
    }

    @EngineTest
    void badArgumentsAreRefused(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Instant t0 = fixtures.clock().instant();

            assertThatThrownBy(() -> hold(fixtures, "", "a", t0, 10)).isInstanceOf(IllegalArgumentException.class)
                                                                     .hasMessageContaining("name");
            assertThatThrownBy(() -> hold(fixtures, "x", "a".repeat(101), t0, 10))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holder");
            assertThatThrownBy(() -> hold(fixtures, "x", "a", t0, 0)).isInstanceOf(IllegalArgumentException.class)
                                                                     .hasMessageContaining("until");
        }
    }

    /** A try that failed on a conflict with another at the same moment did not get the lease. */
    private static boolean attemptHeld(Future<Boolean> attempt) throws InterruptedException {
        try {
            return attempt.get();
        } catch (java.util.concurrent.ExecutionException e) {
            return false;
        }
    }

    private static boolean hold(StoreFixtures fixtures, String lease, String holder, Instant now, int seconds) {
        final Store store = fixtures.store();
        return store.transaction(tx -> store.leases().hold(tx, lease, holder, now, now.plusSeconds(seconds)));
    }
}
