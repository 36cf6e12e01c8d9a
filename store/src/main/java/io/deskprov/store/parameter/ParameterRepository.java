package io.deskprov.store.parameter;

import static java.util.Objects.requireNonNull;

import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import io.deskprov.store.Tx;
import io.deskprov.store.Upsert;
import io.deskprov.store.changes.ChangeFeed;

/**
 * Phone parameters by level and scope. Every change is published for its scope, since it alters
 * what the phones below it receive. Every method runs in the caller's transaction.
 */
public final class ParameterRepository {
    private static final Upsert UPSERT = new Upsert(
            "parameter_value",
            List.of("level", "scope_id", "name"),
            List.of("level", "scope_id", "name", "raw_value", "updated_at"),
            List.of("raw_value = excluded.raw_value", "updated_at = excluded.updated_at"));
    private static final int MAX_NAME = 120;

    private final Clock clock;
    private final ChangeFeed changes;

    public ParameterRepository(Clock clock, ChangeFeed changes) {
        this.clock = requireNonNull(clock, "clock");
        this.changes = requireNonNull(changes, "changes");
    }

    /**
     * Sets a parameter at a level, replacing the value it had there.
     *
     * @param scopeId the company, group, workplace or device id; 0 for the platform
     * @throws IllegalArgumentException if the name is blank or too long, or the scope id does not
     *         fit the level
     */
    public void set(Tx tx, ParameterLevel level, long scopeId, String name, String rawValue) throws SQLException {
        requireNonNull(level, "level");
        requireNonNull(name, "name");
        requireNonNull(rawValue, "rawValue");
        level.checkScope(scopeId);
        if (name.isBlank() || name.length() > MAX_NAME) {
            throw new IllegalArgumentException("name: '" + name + "' (expected: 1 to " + MAX_NAME + " characters)");
        }
        tx.update(UPSERT.sql(tx.engine()), level, scopeId, name, rawValue, clock.instant());
        changes.publish(tx, level.change(scopeId));
    }

    /** Removes a parameter from a level, so that the level above shows through; returns whether it was set. */
    public boolean remove(Tx tx, ParameterLevel level, long scopeId, String name) throws SQLException {
        level.checkScope(scopeId);
        final boolean found = tx.update("DELETE FROM parameter_value WHERE level = ? AND scope_id = ? AND name = ?",
                                        level, scopeId, name) == 1;
        return changes.publishIf(tx, found, level.change(scopeId));
    }

    /** The parameters set at one level for one scope, by name. */
    public SortedMap<String, String> list(Tx tx, ParameterLevel level, long scopeId) throws SQLException {
        final SortedMap<String, String> values = new TreeMap<>();
        for (Map.Entry<String, String> value : tx.query(
                "SELECT name, raw_value FROM parameter_value WHERE level = ? AND scope_id = ?",
                rs -> Map.entry(rs.getString("name"), rs.getString("raw_value")), level, scopeId)) {
            values.put(value.getKey(), value.getValue());
        }
        return Collections.unmodifiableSortedMap(values);
    }

    /** Every value the parameter is set to, at any level and scope. */
    public Set<String> valuesOf(Tx tx, String name) throws SQLException {
        requireNonNull(name, "name");
        return Set.copyOf(tx.query("SELECT DISTINCT raw_value FROM parameter_value WHERE name = ?",
                                   rs -> rs.getString("raw_value"), name));
    }

    /**
     * The layers the renderer merges for a device, platform first and the device itself last:
     * platform, the device's company, its workplace's group, its workplace, the device. An
     * unassigned device has no group and workplace layers.
     *
     * @return empty if there is no such device
     */
    public Optional<List<ParameterLayer>> layersFor(Tx tx, long deviceId) throws SQLException {
        final Optional<Scopes> scopes = tx.queryOne(
                "SELECT d.company_id, d.workplace_id, w.group_id FROM device d"
                + " LEFT JOIN workplace w ON w.id = d.workplace_id WHERE d.id = ?",
                rs -> new Scopes(rs.getLong("company_id"), Tx.nullableLong(rs, "workplace_id"),
                                 Tx.nullableLong(rs, "group_id")),
                deviceId);
        if (scopes.isEmpty()) {
            return Optional.empty();
        }
        final Scopes found = scopes.get();
        final List<ParameterLayer> layers = new ArrayList<>();
        layers.add(layer(tx, ParameterLevel.PLATFORM, 0));
        layers.add(layer(tx, ParameterLevel.COMPANY, found.companyId()));
        if (found.workplaceId() != null && found.groupId() != null) {
            layers.add(groupLayer(tx, found.groupId()));
            layers.add(layer(tx, ParameterLevel.WORKPLACE, found.workplaceId()));
        }
        layers.add(layer(tx, ParameterLevel.DEVICE, deviceId));
        return Optional.of(List.copyOf(layers));
    }

    /**
     * The group's layer: its location's time zone and language, which admins set on the group
     * itself, under what was set for the group as parameters, which win.
     */
    private ParameterLayer groupLayer(Tx tx, long groupId) throws SQLException {
        final SortedMap<String, String> values = new TreeMap<>();
        tx.queryOne("SELECT time_zone, language FROM company_group WHERE id = ?", rs -> {
            values.put(TIME_ZONE, rs.getString("time_zone"));
            // Phones take a language, not a region: "de-AT" gives "de".
            values.put(LANGUAGE, rs.getString("language").split("-")[0]);
            return Boolean.TRUE;
        }, groupId);
        values.putAll(list(tx, ParameterLevel.GROUP, groupId));
        return new ParameterLayer(ParameterLevel.GROUP, groupId, values);
    }

    private ParameterLayer layer(Tx tx, ParameterLevel level, long scopeId) throws SQLException {
        return new ParameterLayer(level, scopeId, list(tx, level, scopeId));
    }

    /** The parameter names the renderer reads a group's location settings under. */
    static final String TIME_ZONE = "time.zone";
    static final String LANGUAGE = "language";

    private record Scopes(long companyId, @Nullable Long workplaceId,
                          @Nullable Long groupId) {
    }
}
