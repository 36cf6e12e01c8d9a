package io.deskprov.store.session;

import static java.util.Objects.requireNonNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.deskprov.store.Tx;
import io.deskprov.store.order.ItemKind;

/**
 * The cart of a login session. Items are addressed together with their session, so that one
 * session can never touch another's cart. Every method runs in the caller's transaction.
 */
public final class CartRepository {
    private static final String SELECT = "SELECT id, session_id, company_id, kind, payload, activation_date,"
                                         + " created_at FROM cart_item";

    private final Clock clock;

    public CartRepository(Clock clock) {
        this.clock = requireNonNull(clock, "clock");
    }

    /** Adds a line; a session that does not exist is refused by the schema. */
    public CartItem add(Tx tx, String sessionId, long companyId, ItemKind kind, String payload,
                        @Nullable LocalDate activationDate) throws SQLException {
        requireNonNull(sessionId, "sessionId");
        requireNonNull(kind, "kind");
        requireNonNull(payload, "payload");
        final long id = tx.insert("INSERT INTO cart_item (session_id, company_id, kind, payload, activation_date,"
                                  + " created_at) VALUES (?, ?, ?, ?, ?, ?)",
                                  sessionId, companyId, kind, payload, activationDate, clock.instant());
        return tx.queryOne(SELECT + " WHERE id = ?", CartRepository::item, id).orElseThrow();
    }

    /** The session's lines in the order they were added. */
    public List<CartItem> list(Tx tx, String sessionId) throws SQLException {
        return tx.query(SELECT + " WHERE session_id = ? ORDER BY id", CartRepository::item,
                        sessionId);
    }

    /** Removes one line of the session; returns false if the session has no such line. */
    public boolean remove(Tx tx, long itemId, String sessionId) throws SQLException {
        return tx.update("DELETE FROM cart_item WHERE id = ? AND session_id = ?", itemId, sessionId) == 1;
    }

    /** Empties the cart, for instance once its order is placed; returns how many lines it held. */
    public int clear(Tx tx, String sessionId) throws SQLException {
        return tx.update("DELETE FROM cart_item WHERE session_id = ?", sessionId);
    }

    private static CartItem item(ResultSet rs) throws SQLException {
        return new CartItem(rs.getLong("id"), rs.getString("session_id"), rs.getLong("company_id"),
                            ItemKind.valueOf(rs.getString("kind")), rs.getString("payload"),
                            Tx.localDate(rs, "activation_date"), Tx.requiredInstant(rs, "created_at"));
    }
}
