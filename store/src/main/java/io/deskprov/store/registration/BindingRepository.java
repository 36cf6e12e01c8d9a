package io.deskprov.store.registration;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.deskprov.store.Tx;
import io.deskprov.store.Upsert;

/**
 * Registration bindings. A contact that registers again updates its row, keeping when it first
 * registered and what the last probe found. Every method runs in the caller's transaction.
 */
public final class BindingRepository {
    private static final String SELECT = "SELECT sip_account_id, contact_uri, call_id, cseq, q_value, transport,"
                                         + " source_address, user_agent, registered_at, refreshed_at, expires_at,"
                                         + " reachable, round_trip_ms, probed_at FROM registration_binding";
    private static final Upsert UPSERT = new Upsert(
            "registration_binding",
            List.of("sip_account_id", "contact_uri"),
            List.of("sip_account_id", "contact_uri", "call_id", "cseq", "q_value", "transport", "source_address",
                    "user_agent", "registered_at", "refreshed_at", "expires_at"),
            List.of("call_id = excluded.call_id", "cseq = excluded.cseq", "q_value = excluded.q_value",
                    "transport = excluded.transport", "source_address = excluded.source_address",
                    "user_agent = excluded.user_agent", "refreshed_at = excluded.refreshed_at",
                    "expires_at = excluded.expires_at"));

    /** Inserts or refreshes the bindings in one batch, as the registrar collects them. */
    public void upsertAll(Tx tx, List<BindingWrite> bindings) throws SQLException {
        tx.batch(UPSERT.sql(tx.engine()), bindings,
                 b -> new Object[] {b.sipAccountId(), b.contactUri(), b.callId(), b.cseq(), b.qValue(),
                                    b.transport(), b.sourceAddress(), b.userAgent(), b.at(), b.at(),
                                    b.expiresAt()});
    }

    /** Removes one contact, as a REGISTER with expires 0 asks; returns whether it was bound. */
    public boolean remove(Tx tx, long sipAccountId, String contactUri) throws SQLException {
        return tx.update("DELETE FROM registration_binding WHERE sip_account_id = ? AND contact_uri = ?",
                         sipAccountId, contactUri) == 1;
    }

    /** Removes every contact of the account, as a REGISTER with {@code Contact: *} asks. */
    public int removeAll(Tx tx, long sipAccountId) throws SQLException {
        return tx.update("DELETE FROM registration_binding WHERE sip_account_id = ?", sipAccountId);
    }

    /** The account's bindings, expired ones included, most preferred first. */
    public List<RegistrationBinding> listForAccount(Tx tx, long sipAccountId) throws SQLException {
        return tx.query(SELECT + " WHERE sip_account_id = ? ORDER BY q_value DESC NULLS LAST, contact_uri",
                        BindingRepository::binding, sipAccountId);
    }

    /** Every binding not expired at {@code now}, by account. */
    public List<RegistrationBinding> listActive(Tx tx, Instant now) throws SQLException {
        return tx.query(SELECT + " WHERE expires_at > ? ORDER BY sip_account_id, contact_uri",
                        BindingRepository::binding, now);
    }

    /** Removes every binding expired at {@code now}; returns how many. */
    public int sweepExpired(Tx tx, Instant now) throws SQLException {
        return tx.update("DELETE FROM registration_binding WHERE expires_at <= ?", now);
    }

    /**
     * Records what an OPTIONS probe of the contact found.
     *
     * @param roundTripMs how long the answer took, null when none came
     * @return whether the binding still exists
     */
    public boolean recordProbe(Tx tx, long sipAccountId, String contactUri, boolean reachable,
                               @Nullable Integer roundTripMs, Instant at) throws SQLException {
        return tx.update("UPDATE registration_binding SET reachable = ?, round_trip_ms = ?, probed_at = ?"
                         + " WHERE sip_account_id = ? AND contact_uri = ?",
                         reachable, roundTripMs, at, sipAccountId, contactUri) == 1;
    }

    private static RegistrationBinding binding(ResultSet rs) throws SQLException {
        final BigDecimal q = rs.getBigDecimal("q_value");
        return new RegistrationBinding(
                rs.getLong("sip_account_id"), rs.getString("contact_uri"), rs.getString("call_id"),
                rs.getLong("cseq"), q == null ? null : q.doubleValue(), Transport.valueOf(rs.getString("transport")),
                rs.getString("source_address"), rs.getString("user_agent"), Tx.requiredInstant(rs, "registered_at"),
                Tx.requiredInstant(rs, "refreshed_at"), Tx.requiredInstant(rs, "expires_at"),
                Tx.nullableBoolean(rs, "reachable"), Tx.nullableInt(rs, "round_trip_ms"),
                Tx.instant(rs, "probed_at"));
    }
}
