package io.deskprov.store.event;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import io.deskprov.store.ColumnText;
import io.deskprov.store.Tx;
import io.deskprov.store.device.MacAddress;

/**
 * The provisioning log. The server collects events and writes them in batches, never one per
 * request. Every method runs in the caller's transaction.
 */
public final class ProvisioningEventRepository {
    private static final String SELECT = "SELECT device_id, mac, occurred_at, method, file_name, status, bytes,"
                                         + " duration_us, source_address, user_agent FROM provisioning_event";
    private static final int MAX_FILE_NAME = 200;
    private static final int MAX_USER_AGENT = 300;

    /** Writes the events as one JDBC batch. File names and User-Agents come from phones and are cut to fit. */
    public void appendAll(Tx tx, List<ProvisioningEvent> events) throws SQLException {
        tx.batch("INSERT INTO provisioning_event (device_id, mac, occurred_at, method, file_name, status, bytes,"
                 + " duration_us, source_address, user_agent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", events,
                 ProvisioningEventRepository::arguments);
    }

    private static @Nullable Object[] arguments(ProvisioningEvent e) {
        return new Object[] {e.deviceId(), e.mac() == null ? null : e.mac().value(), e.occurredAt(), e.method(),
                             ColumnText.fit(e.fileName(), MAX_FILE_NAME), e.status(), e.bytes(), e.durationUs(),
                             e.sourceAddress(), ColumnText.fit(e.userAgent(), MAX_USER_AGENT)};
    }

    /** The device's latest fetch in the sense of {@link ProvisioningEvent#isFetch()}. */
    public Optional<ProvisioningEvent> lastFetch(Tx tx, long deviceId) throws SQLException {
        return tx.queryOne(SELECT + " WHERE device_id = ? AND method = 'GET'"
                           + " AND ((status >= 200 AND status < 300) OR status = 304)"
                           + " ORDER BY occurred_at DESC, id DESC LIMIT 1",
                           ProvisioningEventRepository::event, deviceId);
    }

    /** The device's latest events, newest first, at most {@code limit}. */
    public List<ProvisioningEvent> listForDevice(Tx tx, long deviceId, int limit) throws SQLException {
        if (limit < 1) {
            throw new IllegalArgumentException("limit: " + limit + " (expected: >= 1)");
        }
        return tx.query(SELECT + " WHERE device_id = ? ORDER BY occurred_at DESC, id DESC LIMIT ?",
                        ProvisioningEventRepository::event, deviceId, limit);
    }

    /** Deletes events older than {@code cutoff}, for retention; returns how many. */
    public int deleteOlderThan(Tx tx, Instant cutoff) throws SQLException {
        return tx.update("DELETE FROM provisioning_event WHERE occurred_at < ?", cutoff);
    }

    private static ProvisioningEvent event(ResultSet rs) throws SQLException {
        final String mac = rs.getString("mac");
        return new ProvisioningEvent(Tx.nullableLong(rs, "device_id"), mac == null ? null : new MacAddress(mac),
                                     Tx.requiredInstant(rs, "occurred_at"), rs.getString("method"),
                                     rs.getString("file_name"), rs.getInt("status"), rs.getLong("bytes"),
                                     rs.getLong("duration_us"), rs.getString("source_address"),
                                     rs.getString("user_agent"));
    }
}
