package io.deskprov.store.order;

import static java.util.Objects.requireNonNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import io.deskprov.store.ColumnText;
import io.deskprov.store.RowClaim;
import io.deskprov.store.Tx;

/**
 * Customer orders and their history. Every status change appends a step with its reason. Every
 * method runs in the caller's transaction; a transition returns false when the order is not in a
 * state that allows it.
 */
public final class OrderRepository {
    /** How long a claimed order may stay RUNNING before another node may claim it again. */
    public static final Duration RUN_LEASE = Duration.ofMinutes(10);

    private static final String SELECT = "SELECT id, company_id, placed_by, placed_at, activation_date, status,"
                                         + " attempts, next_attempt_at, executed_at FROM customer_order";
    private static final int MAX_REASON = 2000;

    private final Clock clock;

    public OrderRepository(Clock clock) {
        this.clock = requireNonNull(clock, "clock");
    }

    /** Places an order of the given lines, to be carried out on {@code activationDate}. */
    public Order place(Tx tx, long companyId, @Nullable Long placedBy, LocalDate activationDate,
                       List<NewOrderItem> items) throws SQLException {
        requireNonNull(activationDate, "activationDate");
        if (items.isEmpty()) {
            throw new IllegalArgumentException("items: none (expected: at least one line)");
        }
        final Instant now = clock.instant();
        final long id = tx.insert("INSERT INTO customer_order (company_id, placed_by, placed_at, activation_date,"
                                  + " status) VALUES (?, ?, ?, ?, ?)",
                                  companyId, placedBy, now, activationDate, OrderStatus.PLACED);
        tx.batch("INSERT INTO order_item (order_id, kind, payload) VALUES (?, ?, ?)", items,
                 item -> new Object[] {id, item.kind(), item.payload()});
        recordStep(tx, id, OrderStatus.PLACED, now, "placed");
        return find(tx, id).orElseThrow();
    }

    public Optional<Order> find(Tx tx, long id) throws SQLException {
        final Optional<Order> order = tx.queryOne(SELECT + " WHERE id = ?", OrderRepository::order, id);
        return order.isEmpty() ? order : Optional.of(complete(tx, order.get()));
    }

    /** The company's orders, newest first. */
    public List<Order> listForCompany(Tx tx, long companyId) throws SQLException {
        return completeAll(tx, tx.query(SELECT + " WHERE company_id = ? ORDER BY placed_at DESC, id DESC",
                                        OrderRepository::order, companyId));
    }

    /**
     * Claims up to {@code limit} orders that are due: placed or rescheduled, with an activation
     * date up to {@code today} and no later retry time than {@code now}. They become RUNNING with
     * one more attempt. Orders another transaction is claiming are skipped, not waited for (see
     * {@link RowClaim}), so nodes sharing the database never claim the same order twice.
     *
     * <p>A claim holds for {@link #RUN_LEASE}: an order still RUNNING after that belonged to a node
     * that stopped before recording an outcome, and is claimed again, so no order is stranded. The
     * lease is far longer than running an order takes (one short transaction).
     */
    public List<Order> claimDue(Tx tx, LocalDate today, Instant now, int limit) throws SQLException {
        requireNonNull(today, "today");
        requireNonNull(now, "now");
        final List<Long> ids = RowClaim.claim(
                tx, "customer_order",
                "((status IN ('PLACED', 'SCHEDULED') AND (next_attempt_at IS NULL OR next_attempt_at <= ?))"
                + " OR (status = 'RUNNING' AND next_attempt_at <= ?)) AND activation_date <= ?",
                limit, now, now, today);
        final List<Order> claimed = new ArrayList<>();
        for (long id : ids) {
            final boolean abandoned = tx.queryOne("SELECT status FROM customer_order WHERE id = ?",
                                                  rs -> "RUNNING".equals(rs.getString(1)), id).orElse(false);
            tx.update("UPDATE customer_order SET status = 'RUNNING', attempts = attempts + 1,"
                      + " next_attempt_at = ? WHERE id = ?", now.plus(RUN_LEASE), id);
            recordStep(tx, id, OrderStatus.RUNNING, now,
                       abandoned ? "claimed again: the node running it stopped before recording an outcome"
                                 : "claimed");
            claimed.add(find(tx, id).orElseThrow());
        }
        return claimed;
    }

    /**
     * Marks a running order as carried out, noting which workplace each WORKPLACE line made.
     *
     * @param workplaces the workplace id made for each order item id
     */
    public boolean markExecuted(Tx tx, long orderId, Map<Long, Long> workplaces) throws SQLException {
        requireNonNull(workplaces, "workplaces");
        final Instant now = clock.instant();
        if (!transition(tx, orderId, "'RUNNING'", "status = 'EXECUTED', executed_at = ?", now)) {
            return false;
        }
        for (Map.Entry<Long, Long> made : workplaces.entrySet()) {
            tx.update("UPDATE order_item SET workplace_id = ? WHERE id = ? AND order_id = ?",
                      made.getValue(), made.getKey(), orderId);
        }
        recordStep(tx, orderId, OrderStatus.EXECUTED, now, "executed");
        return true;
    }

    /**
     * Records that a running order failed. With {@code retryAt} it is rescheduled for then;
     * without, it is given up as FAILED.
     */
    public boolean markFailed(Tx tx, long orderId, String reason, @Nullable Instant retryAt) throws SQLException {
        requireNonNull(reason, "reason");
        final OrderStatus next = retryAt == null ? OrderStatus.FAILED : OrderStatus.SCHEDULED;
        if (!transition(tx, orderId, "'RUNNING'", "status = ?, next_attempt_at = ?", next, retryAt)) {
            return false;
        }
        recordStep(tx, orderId, next, clock.instant(), reason);
        return true;
    }

    /** Cancels an order that has not started running. */
    public boolean cancel(Tx tx, long orderId, String reason) throws SQLException {
        requireNonNull(reason, "reason");
        if (!transition(tx, orderId, "'PLACED', 'SCHEDULED'", "status = 'CANCELLED', next_attempt_at = NULL")) {
            return false;
        }
        recordStep(tx, orderId, OrderStatus.CANCELLED, clock.instant(), reason);
        return true;
    }

    private static boolean transition(Tx tx, long orderId, String fromStatuses, String assignments,
                                      @Nullable Object... values) throws SQLException {
        final Object[] args = new Object[values.length + 1];
        System.arraycopy(values, 0, args, 0, values.length);
        args[values.length] = orderId;
        return tx.update("UPDATE customer_order SET " + assignments + " WHERE id = ? AND status IN ("
                         + fromStatuses + ")", args) == 1;
    }

    private static void recordStep(Tx tx, long orderId, OrderStatus status, Instant at, String reason)
            throws SQLException {
        tx.update("INSERT INTO order_status_change (order_id, status, changed_at, reason) VALUES (?, ?, ?, ?)",
                  orderId, status, at, ColumnText.fit(reason, MAX_REASON));
    }

    private static List<Order> completeAll(Tx tx, List<Order> orders) throws SQLException {
        final List<Order> complete = new ArrayList<>();
        for (Order order : orders) {
            complete.add(complete(tx, order));
        }
        return complete;
    }

    private static Order complete(Tx tx, Order order) throws SQLException {
        final List<OrderItem> items = tx.query(
                "SELECT id, kind, payload, workplace_id FROM order_item WHERE order_id = ? ORDER BY id",
                OrderRepository::item, order.id());
        final List<StatusChange> history = tx.query(
                "SELECT status, changed_at, reason FROM order_status_change WHERE order_id = ?"
                + " ORDER BY changed_at, id",
                OrderRepository::step, order.id());
        return new Order(order.id(), order.companyId(), order.placedBy(), order.placedAt(),
                         order.activationDate(), order.status(), order.attempts(), order.nextAttemptAt(),
                         order.executedAt(), items, history);
    }

    private static OrderItem item(ResultSet rs) throws SQLException {
        return new OrderItem(rs.getLong("id"), ItemKind.valueOf(rs.getString("kind")), rs.getString("payload"),
                             Tx.nullableLong(rs, "workplace_id"));
    }

    private static StatusChange step(ResultSet rs) throws SQLException {
        return new StatusChange(OrderStatus.valueOf(rs.getString("status")), Tx.requiredInstant(rs, "changed_at"),
                                rs.getString("reason"));
    }

    private static Order order(ResultSet rs) throws SQLException {
        return new Order(rs.getLong("id"), rs.getLong("company_id"), Tx.nullableLong(rs, "placed_by"),
                         Tx.requiredInstant(rs, "placed_at"),
                         requireNonNull(Tx.localDate(rs, "activation_date"), "activation_date"),
                         OrderStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                         Tx.instant(rs, "next_attempt_at"), Tx.instant(rs, "executed_at"),
                         List.of(), List.of());
    }
}
