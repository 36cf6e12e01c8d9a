package io.deskprov.store.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.deskprov.store.Database;
import io.deskprov.store.Store;
import io.deskprov.store.account.Account;
import io.deskprov.store.company.Company;
import io.deskprov.store.testing.EngineTest;
import io.deskprov.store.testing.StoreFixtures;
import io.deskprov.store.workplace.Workplace;

class OrderRepositoryTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final List<NewOrderItem> ONE_WORKPLACE =
            List.of(new NewOrderItem(ItemKind.WORKPLACE, "{\"lastName\":\"Muster\"}"));

    @EngineTest
    void placedOrderHasItsLinesAndAFirstHistoryStep(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Company company = fixtures.company();
            final Account admin = fixtures.account();

            final Order placed = store.transaction(tx -> store.orders().place(tx, company.id(), admin.id(), TODAY,
                    List.of(new NewOrderItem(ItemKind.WORKPLACE, "w"), new NewOrderItem(ItemKind.ADD_ON, "a"))));
            final List<Order> listed = store.transaction(tx -> store.orders().listForCompany(tx, company.id()));

            assertThat(placed.status()).isEqualTo(OrderStatus.PLACED);
            assertThat(placed.placedBy()).isEqualTo(admin.id());
            assertThat(placed.items()).extracting(OrderItem::kind).containsExactly(ItemKind.WORKPLACE, ItemKind.ADD_ON);
            assertThat(placed.history()).containsExactly(
                    new StatusChange(OrderStatus.PLACED, fixtures.clock().instant(), "placed"));
            assertThat(listed).containsExactly(placed);
        }
    }

    @EngineTest
    void claimTakesOnlyDueOrdersAndRunsThemOnce(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Company company = fixtures.company();
            final Order due = place(fixtures, company, TODAY);
            final Order later = place(fixtures, company, TODAY.plusDays(1));

            final List<Long> first = claim(fixtures, TODAY, now(fixtures));
            final List<Long> second = claim(fixtures, TODAY, now(fixtures));
            final Order running = store.transaction(tx -> store.orders().find(tx, due.id())).orElseThrow();

            assertThat(first).contains(due.id()).doesNotContain(later.id());
            assertThat(second).doesNotContain(due.id(), later.id());
            assertThat(running.status()).isEqualTo(OrderStatus.RUNNING);
            assertThat(running.attempts()).isEqualTo(1);
            assertThat(running.history()).extracting(StatusChange::status)
                                         .containsExactly(OrderStatus.PLACED, OrderStatus.RUNNING);
        }
    }

    @EngineTest
    void orderLeftRunningByAStoppedNodeIsClaimedAgainOnceItsLeaseRunsOut(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Order order = place(fixtures, fixtures.company(), TODAY);
            claim(fixtures, TODAY, now(fixtures));

            // The node that claimed it stops here, before recording any outcome.
            fixtures.clock().advance(OrderRepository.RUN_LEASE.minusSeconds(1));
            final List<Long> tooEarly = claim(fixtures, TODAY, now(fixtures));
            fixtures.clock().advance(Duration.ofSeconds(2));
            final List<Long> afterLease = claim(fixtures, TODAY, now(fixtures));

            final Order reclaimed = store.transaction(tx -> store.orders().find(tx, order.id())).orElseThrow();
            assertThat(tooEarly).doesNotContain(order.id());
            assertThat(afterLease).contains(order.id());
            assertThat(reclaimed.attempts()).isEqualTo(2);
            assertThat(reclaimed.history()).last().extracting(StatusChange::reason).asString()
                                           .contains("claimed again");
        }
    }

    @EngineTest
    void concurrentClaimsNeverTakeTheSameOrder(Database database) throws Exception {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Company company = fixtures.company();
            final Set<Long> mine = new HashSet<>();
            for (int i = 0; i < 6; i++) {
                mine.add(place(fixtures, company, TODAY.minusDays(1)).id());
            }
            final CountDownLatch firstClaimed = new CountDownLatch(1);
            final CountDownLatch release = new CountDownLatch(1);

            // Node one claims three orders and keeps its transaction open.
            final CompletableFuture<List<Long>> nodeOne = CompletableFuture.supplyAsync(
                    () -> store.transaction(tx -> {
                        final List<Long> claimed = ids(store.orders().claimDue(tx, TODAY, now(fixtures), 3));
                        firstClaimed.countDown();
                        awaitQuietly(release);
                        return claimed;
                    }));
            assertThat(firstClaimed.await(10, TimeUnit.SECONDS)).isTrue();
            // Node two claims meanwhile: the rows locked by node one are skipped, not waited for.
            final List<Long> nodeTwo = claim(fixtures, TODAY, now(fixtures));
            final boolean nodeOneStillOpen = !nodeOne.isDone();
            release.countDown();
            final List<Long> nodeOneClaimed = nodeOne.get(20, TimeUnit.SECONDS);

            assertThat(nodeOneStillOpen).isTrue();
            assertThat(nodeOneClaimed).hasSize(3).doesNotContainAnyElementsOf(nodeTwo);
            final Set<Long> both = new HashSet<>(nodeOneClaimed);
            both.addAll(nodeTwo);
            assertThat(both).containsAll(mine);
        }
    }

    @EngineTest
    void failedAttemptIsRetriedAtItsTimeThenExecuted(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Company company = fixtures.company();
            final Workplace workplace = fixtures.workplace(company);
            final Order order = place(fixtures, company, TODAY);
            final Instant retryAt = now(fixtures).plus(Duration.ofMinutes(10));
            claim(fixtures, TODAY, now(fixtures));

            // The first attempt fails and asks for a retry in ten minutes.
            final boolean failed = store.transaction(tx -> store.orders().markFailed(tx, order.id(), "SIP down",
                                                                                     retryAt));
            // Before then, the order is not due.
            final List<Long> early = claim(fixtures, TODAY, now(fixtures));
            // At the retry time it is claimed again and this time carried out.
            fixtures.clock().set(retryAt);
            final List<Long> onTime = claim(fixtures, TODAY, now(fixtures));
            final long itemId = order.items().get(0).id();
            final Map<Long, Long> made = Map.of(itemId, workplace.id());
            final boolean executed = store.transaction(tx -> store.orders().markExecuted(tx, order.id(), made));

            final Order done = store.transaction(tx -> store.orders().find(tx, order.id())).orElseThrow();
            assertThat(failed).isTrue();
            assertThat(early).doesNotContain(order.id());
            assertThat(onTime).contains(order.id());
            assertThat(executed).isTrue();
            assertThat(done.status()).isEqualTo(OrderStatus.EXECUTED);
            assertThat(done.attempts()).isEqualTo(2);
            assertThat(done.executedAt()).isEqualTo(now(fixtures));
            assertThat(done.items().get(0).workplaceId()).isEqualTo(workplace.id());
            assertThat(done.history()).extracting(StatusChange::status, StatusChange::reason).containsExactly(
                    tuple(OrderStatus.PLACED, "placed"),
                    tuple(OrderStatus.RUNNING, "claimed"),
                    tuple(OrderStatus.SCHEDULED, "SIP down"),
                    tuple(OrderStatus.RUNNING, "claimed"),
                    tuple(OrderStatus.EXECUTED, "executed"));
        }
    }

    @EngineTest
    void failureWithoutRetryGivesUpAndLongReasonsAreCut(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Order order = place(fixtures, fixtures.company(), TODAY);
            claim(fixtures, TODAY, now(fixtures));

            store.transaction(tx -> store.orders().markFailed(tx, order.id(), "x".repeat(5000), null));
            final boolean again = store.transaction(tx -> store.orders().markFailed(tx, order.id(), "again", null));

            final Order failed = store.transaction(tx -> store.orders().find(tx, order.id())).orElseThrow();
            assertThat(failed.status()).isEqualTo(OrderStatus.FAILED);
            assertThat(failed.history().get(2).reason()).hasSize(2000).endsWith("...");
            assertThat(again).isFalse();
        }
    }

    @EngineTest
    void onlyWaitingOrdersCanBeCancelled(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Company company = fixtures.company();
            final Order waiting = place(fixtures, company, TODAY.plusDays(30));
            final Order running = place(fixtures, company, TODAY);
            claim(fixtures, TODAY, now(fixtures));

            final boolean cancelled = store.transaction(tx -> store.orders().cancel(tx, waiting.id(), "by admin"));
            final boolean notCancelled = store.transaction(tx -> store.orders().cancel(tx, running.id(), "late"));
            final List<Long> claimedLater = claim(fixtures, TODAY.plusDays(30), now(fixtures));

            assertThat(cancelled).isTrue();
            assertThat(notCancelled).isFalse();
            assertThat(claimedLater).doesNotContain(waiting.id());
        }
    }

    @EngineTest
    void cancelMeetingAClaimUnderWayWaitsAndLeavesTheOrderToTheRunner(Database database) throws Exception {
        final ExecutorService threads = Executors.newFixedThreadPool(2);
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Order order = place(fixtures, fixtures.company(), TODAY);
            final CountDownLatch claimed = new CountDownLatch(1);
            final CountDownLatch release = new CountDownLatch(1);

            // A runner claims the order and has not committed yet.
            final Future<List<Long>> runner = threads.submit(() -> store.transaction(tx -> {
                final List<Long> ids = ids(store.orders().claimDue(tx, TODAY, now(fixtures), 100));
                claimed.countDown();
                awaitQuietly(release);
                return ids;
            }));
            assertThat(claimed.await(10, TimeUnit.SECONDS)).isTrue();
            // The admin's cancel arrives meanwhile and waits for the row.
            final Future<Boolean> cancel = threads.submit(
                    () -> store.transaction(tx -> store.orders().cancel(tx, order.id(), "by admin")));
            await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> !cancel.isDone());
            // The claim commits; the cancel then finds the order running.
            release.countDown();

            assertThat(runner.get(20, TimeUnit.SECONDS)).contains(order.id());
            assertThat(cancel.get(20, TimeUnit.SECONDS)).isFalse();
            assertThat(statusOf(fixtures, order)).isEqualTo(OrderStatus.RUNNING);
        } finally {
            threads.shutdownNow();
        }
    }

    @EngineTest
    void claimMeetingACancelUnderWaySkipsTheOrder(Database database) throws Exception {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Order order = place(fixtures, fixtures.company(), TODAY);
            final CountDownLatch cancelled = new CountDownLatch(1);
            final CountDownLatch release = new CountDownLatch(1);

            // The admin cancels and has not committed yet.
            final CompletableFuture<Boolean> cancel = CompletableFuture.supplyAsync(
                    () -> store.transaction(tx -> {
                        final boolean done = store.orders().cancel(tx, order.id(), "by admin");
                        cancelled.countDown();
                        awaitQuietly(release);
                        return done;
                    }));
            assertThat(cancelled.await(10, TimeUnit.SECONDS)).isTrue();
            // A runner claims meanwhile: it passes the locked order over.
            final List<Long> during = claim(fixtures, TODAY, now(fixtures));
            release.countDown();
            final boolean done = cancel.get(20, TimeUnit.SECONDS);
            final List<Long> after = claim(fixtures, TODAY, now(fixtures));

            assertThat(during).doesNotContain(order.id());
            assertThat(done).isTrue();
            assertThat(after).doesNotContain(order.id());
            assertThat(statusOf(fixtures, order)).isEqualTo(OrderStatus.CANCELLED);
        }
    }

    @EngineTest
    void orderWithoutLinesIsRefused(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Company company = fixtures.company();

            assertThatThrownBy(() -> store.transaction(tx -> store.orders().place(tx, company.id(), null, TODAY,
                                                                                  List.of())))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("items: none");
        }
    }

    private static Order place(StoreFixtures fixtures, Company company, LocalDate activationDate) {
        final Store store = fixtures.store();
        return store.transaction(tx -> store.orders().place(tx, company.id(), null, activationDate, ONE_WORKPLACE));
    }

    private static OrderStatus statusOf(StoreFixtures fixtures, Order order) {
        final Store store = fixtures.store();
        return store.transaction(tx -> store.orders().find(tx, order.id())).orElseThrow().status();
    }

    private static List<Long> claim(StoreFixtures fixtures, LocalDate today, Instant now) {
        final Store store = fixtures.store();
        return ids(store.transaction(tx -> store.orders().claimDue(tx, today, now, 100)));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Instant now(StoreFixtures fixtures) {
        return fixtures.clock().instant();
    }

    private static List<Long> ids(List<Order> orders) {
        final List<Long> ids = new ArrayList<>();
        orders.forEach(order -> ids.add(order.id()));
        return ids;
    }
}
