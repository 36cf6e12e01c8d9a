package io.deskprov.portal.order;

import static java.util.Objects.requireNonNull;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.deskprov.portal.PortalSettings;
import io.deskprov.store.ConstraintViolationException;
import io.deskprov.store.Store;
import io.deskprov.store.Tx;
import io.deskprov.store.company.Group;
import io.deskprov.store.order.ItemKind;
import io.deskprov.store.order.Order;
import io.deskprov.store.order.OrderItem;

/**
 * Carries out due orders. Each is claimed in a transaction of its own, so that nodes sharing the
 * database never run one twice, then carried out in a second; a failure is recorded in a third
 * with its reason, and the order is tried again after a back-off until its attempts are used up.
 */
public final class OrderRunner {
    private static final Logger logger = LoggerFactory.getLogger(OrderRunner.class);
    /** The first time zone to reach a date; orders are claimed by it and then checked against their group's. */
    private static final ZoneId EARLIEST = ZoneOffset.ofHours(14);
    private static final int BATCH = 20;
    private static final String USERNAME_UNIQUE = "account_username_unique";
    private static final int USERNAME_ROUNDS = 3;

    private final Store store;
    private final Clock clock;
    private final PortalSettings settings;
    private final WorkplaceSetup setup;

    public OrderRunner(Store store, Clock clock, PortalSettings settings, WorkplaceSetup setup) {
        this.store = requireNonNull(store, "store");
        this.clock = requireNonNull(clock, "clock");
        this.settings = requireNonNull(settings, "settings");
        this.setup = requireNonNull(setup, "setup");
    }

    /** Runs the orders due now, one at a time; returns how many were claimed. */
    public int runDue() {
        int claimed = 0;
        while (claimed < BATCH) {
            final Instant now = clock.instant();
            final List<Order> next = store.transaction(
                    tx -> store.orders().claimDue(tx, LocalDate.ofInstant(now, EARLIEST), now, 1));
            if (next.isEmpty()) {
                break;
            }
            run(next.get(0));
            claimed++;
        }
        return claimed;
    }

    // An order whose node dies between claim and outcome is claimed again once its lease runs
    // out (OrderRepository.RUN_LEASE), counting as one more attempt.
    private void run(Order order) {
        try {
            carryOut(order);
        } catch (OrderFailedException e) {
            fail(order, e.getMessage());
        } catch (ConstraintViolationException e) {
            fail(order, "conflicts with existing data (" + e.constraint() + ")");
        } catch (RuntimeException e) {
            logger.warn("Order {} failed unexpectedly", order.id(), e);
            fail(order, "internal error; the server log has the cause");
        }
    }

    /**
     * Carries the order out, or reschedules it for its group's midnight. Two nodes setting up
     * workplaces for namesakes at once may both find a username free; the one whose insert loses
     * runs again and finds the next.
     */
    private void carryOut(Order order) {
        for (int round = 1; ; round++) {
            try {
                runOnce(order);
                return;
            } catch (ConstraintViolationException e) {
                if (!USERNAME_UNIQUE.equals(e.constraint()) || round == USERNAME_ROUNDS) {
                    throw e;
                }
            }
        }
    }

    private void runOnce(Order order) {
        store.inTransaction(tx -> {
            // Nodes set up one company's workplaces one at a time, so that a username derived
            // here sees the ones the other node has just made; namesakes in other companies are
            // still possible, and are what the retry rounds above are for.
            store.companies().lock(tx, order.companyId());
            final @Nullable Instant dueAt = dueAt(tx, order);
            if (dueAt == null) {
                setup.execute(tx, order);
            } else {
                // Counts as an attempt in the store, once per order at most: it waits for one midnight.
                store.orders().markFailed(tx, order.id(), "waiting for " + order.activationDate()
                                          + " in the group's time zone", dueAt);
            }
        });
    }

    /** Null when the activation date has come in the group's zone, else the instant it comes. */
    private @Nullable Instant dueAt(Tx tx, Order order) throws SQLException {
        for (OrderItem item : order.items()) {
            if (item.kind() != ItemKind.WORKPLACE) {
                continue;
            }
            final WorkplaceOrder wanted = OrderLines.workplace(item);
            final Group group = CompanyGroups.require(store, tx, order.companyId(), wanted.groupId());
            final ZoneId zone = ZoneId.of(group.timeZone());
            if (CompanyGroups.today(group, clock.instant()).isBefore(order.activationDate())) {
                return order.activationDate().atStartOfDay(zone).toInstant();
            }
        }
        return null;
    }

    private void fail(Order order, String reason) {
        final @Nullable Instant retryAt = order.attempts() < settings.orderMaxAttempts()
                                          ? clock.instant().plus(backoff(order.attempts())) : null;
        if (retryAt != null) {
            logger.warn("Order {} failed on attempt {}, retrying at {}: {}", order.id(), order.attempts(), retryAt,
                        reason);
        } else {
            logger.error("Order {} given up after {} attempts; an operator must look at it: {}", order.id(),
                         order.attempts(), reason);
        }
        store.inTransaction(tx -> store.orders().markFailed(tx, order.id(), reason, retryAt));
    }

    /** The first retry after the configured wait, each further one after twice the last. */
    private Duration backoff(int attemptsSoFar) {
        return settings.orderFirstRetry().multipliedBy(1L << Math.min(attemptsSoFar - 1, 16));
    }
}
