package io.deskprov.store.throttle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.deskprov.store.ConstraintViolationException;
import io.deskprov.store.Database;
import io.deskprov.store.Store;
import io.deskprov.store.testing.EngineTest;
import io.deskprov.store.testing.StoreFixtures;

class ThrottleRepositoryTest {
    private static final Duration MINUTE = Duration.ofMinutes(1);

    @EngineTest
    void attemptsCountUpWithinTheWindowAndStartOverAfterIt(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final String key = "key" + StoreFixtures.unique();
            final Instant t0 = fixtures.clock().instant();

            final ThrottleWindow first = count(fixtures, key, t0);
            final ThrottleWindow second = count(fixtures, key, t0.plusSeconds(30));
            final ThrottleWindow otherScope = fixtures.store().transaction(
                    tx -> fixtures.store().throttles().count(tx, "other", key, t0.plusSeconds(30), MINUTE));
            final ThrottleWindow next = count(fixtures, key, t0.plusSeconds(60));

            assertThat(first).isEqualTo(new ThrottleWindow(1, t0.plus(MINUTE)));
            assertThat(second).isEqualTo(new ThrottleWindow(2, t0.plus(MINUTE)));
            assertThat(otherScope.attempts()).isEqualTo(1);
            assertThat(next).isEqualTo(new ThrottleWindow(1, t0.plusSeconds(60).plus(MINUTE)));
        }
    }

    @EngineTest
    void attemptsAtOnceAreEachCounted(Database database) throws Exception {
        final ExecutorService threads = Executors.newFixedThreadPool(4);
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final String key = "key" + StoreFixtures.unique();
            final Instant t0 = fixtures.clock().instant();
            count(fixtures, key, t0);
            final List<Callable<Integer>> attempts = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                attempts.add(() -> count(fixtures, key, t0).attempts());
            }

            final List<Integer> seen = new ArrayList<>();
            for (Future<Integer> attempt : threads.invokeAll(attempts)) {
                seen.add(attempt.get());
            }

            assertThat(seen).containsExactlyInAnyOrder(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
        } finally {
            threads.shutdownNow();
        }
    }

    @EngineTest
    void endedWindowsAreSwept(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final String ended = "key" + StoreFixtures.unique();
            final String open = "key" + StoreFixtures.unique();
            final Instant t0 = fixtures.clock().instant();
            count(fixtures, ended, t0.minus(MINUTE));
            count(fixtures, open, t0);

            final int swept = store.transaction(tx -> store.throttles().deleteEnded(tx, t0));

            assertThat(swept).isGreaterThanOrEqualTo(1);
            assertThat(count(fixtures, ended, t0).attempts()).isEqualTo(1);
            assertThat(count(fixtures, open, t0).attempts()).isEqualTo(2);
        }
    }

    @EngineTest
    void badArgumentsAreRefused(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Instant now = fixtures.clock().instant();

            assertThatThrownBy(() -> store.inTransaction(tx -> store.throttles().count(tx, "login", "k", now,
                                                                                       Duration.ZERO)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("window: PT0S");
            assertThatThrownBy(() -> store.inTransaction(tx -> store.throttles().count(tx, "login", "k".repeat(65),
                                                                                       now, MINUTE)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("keyHash");
        }
    }

    /** Counts one attempt, once more if H2 saw the very first attempt of the key twice at once. */
    private static ThrottleWindow count(StoreFixtures fixtures, String key, Instant now) {
        final Store store = fixtures.store();
        try {
            return store.transaction(tx -> store.throttles().count(tx, "login", key, now, MINUTE));
        } catch (ConstraintViolationException first) {
            return store.transaction(tx -> store.throttles().count(tx, "login", key, now, MINUTE));
        }
    }
}
