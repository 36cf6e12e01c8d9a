package io.deskprov.store.seen;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import io.deskprov.store.ColumnText;
import io.deskprov.store.Tx;
import io.deskprov.store.Upsert;
import io.deskprov.store.device.MacAddress;
import io.deskprov.store.device.Vendor;

/**
 * Unassigned phones seen by the provisioning server. Every method runs in the caller's transaction.
 */
public final class SeenDeviceRepository {
    private static final String SELECT = "SELECT mac, vendor, model, firmware, user_agent, source_address,"
                                         + " first_seen_at, last_seen_at, times_seen FROM seen_device";
    private static final Upsert UPSERT = new Upsert(
            "seen_device",
            List.of("mac"),
            List.of("mac", "vendor", "model", "firmware", "user_agent", "source_address", "first_seen_at",
                    "last_seen_at", "times_seen"),
            List.of("vendor = excluded.vendor", "model = excluded.model", "firmware = excluded.firmware",
                    "user_agent = excluded.user_agent", "source_address = excluded.source_address",
                    "last_seen_at = excluded.last_seen_at", "times_seen = current.times_seen + 1"));
    private static final int MAX_MODEL = 40;
    private static final int MAX_FIRMWARE = 64;
    private static final int MAX_USER_AGENT = 300;

    /**
     * Records sightings in one batch: a phone seen for the first time is added, one seen before
     * keeps its first sighting and counts one more. Sightings should come in the order they
     * happened, since the last one written is what the phone last told. Headers too long for
     * their columns are cut, as they come from the network.
     */
    public void recordSightings(Tx tx, List<Sighting> sightings) throws SQLException {
        tx.batch(UPSERT.sql(tx.engine()), sightings,
                 s -> new Object[] {s.mac().value(), s.vendor(), ColumnText.fit(s.model(), MAX_MODEL),
                                    ColumnText.fit(s.firmware(), MAX_FIRMWARE),
                                    ColumnText.fit(s.userAgent(), MAX_USER_AGENT), s.sourceAddress(), s.at(),
                                    s.at(), 1});
    }

    /** The phones seen most lately, at most {@code limit}. */
    public List<SeenDevice> listRecent(Tx tx, int limit) throws SQLException {
        if (limit < 1) {
            throw new IllegalArgumentException("limit: " + limit + " (expected: >= 1)");
        }
        return tx.query(SELECT + " ORDER BY last_seen_at DESC, mac LIMIT ?", SeenDeviceRepository::seen, limit);
    }

    /** Drops a phone from the list, once an admin assigned it; returns whether it was listed. */
    public boolean forget(Tx tx, MacAddress mac) throws SQLException {
        return tx.update("DELETE FROM seen_device WHERE mac = ?", mac.value()) == 1;
    }

    private static SeenDevice seen(ResultSet rs) throws SQLException {
        return new SeenDevice(new MacAddress(rs.getString("mac")), Vendor.valueOf(rs.getString("vendor")),
                              rs.getString("model"), rs.getString("firmware"), rs.getString("user_agent"),
                              rs.getString("source_address"), Tx.requiredInstant(rs, "first_seen_at"),
                              Tx.requiredInstant(rs, "last_seen_at"), rs.getLong("times_seen"));
    }
}
