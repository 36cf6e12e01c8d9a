package io.deskprov.store.company;

import static java.util.Objects.requireNonNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import io.deskprov.store.Tx;
import io.deskprov.store.changes.Change;
import io.deskprov.store.changes.ChangeFeed;

/** Groups (locations) of companies. Every method runs in the caller's transaction. */
public final class GroupRepository {
    private static final String SELECT = "SELECT id, company_id, name, street, postal_code, city, country, time_zone,"
                                         + " language, default_of, created_at FROM company_group";

    private final Clock clock;
    private final ChangeFeed changes;

    public GroupRepository(Clock clock, ChangeFeed changes) {
        this.clock = requireNonNull(clock, "clock");
        this.changes = requireNonNull(changes, "changes");
    }

    /** Adds a group to a company; a name the company already uses is refused by the schema. */
    public Group create(Tx tx, long companyId, NewGroup group) throws SQLException {
        return insert(tx, companyId, group, null);
    }

    /** Adds the company's default group; the schema allows one per company. */
    Group createDefault(Tx tx, long companyId, NewGroup group) throws SQLException {
        return insert(tx, companyId, group, companyId);
    }

    public Optional<Group> find(Tx tx, long id) throws SQLException {
        return tx.queryOne(SELECT + " WHERE id = ?", GroupRepository::group, id);
    }

    /** The company's groups, its default first, then by name. */
    public List<Group> listForCompany(Tx tx, long companyId) throws SQLException {
        return tx.query(SELECT + " WHERE company_id = ? ORDER BY default_of, name",
                        GroupRepository::group, companyId);
    }

    /** Changes a group's name, address, time zone and language; returns whether it exists. */
    public boolean update(Tx tx, long id, NewGroup group) throws SQLException {
        final Address address = group.address();
        final boolean found = tx.update(
                "UPDATE company_group SET name = ?, street = ?, postal_code = ?, city = ?, country = ?,"
                + " time_zone = ?, language = ? WHERE id = ?",
                group.name(), address.street(), address.postalCode(), address.city(), address.country(),
                group.timeZone(), group.language(), id) == 1;
        // Time zone and language reach the phones of every workplace in the group.
        return changes.publishIf(tx, found, Change.group(id));
    }

    private Group insert(Tx tx, long companyId, NewGroup group, @Nullable Long defaultOf) throws SQLException {
        requireNonNull(group, "group");
        final Address address = group.address();
        final long id = tx.insert(
                "INSERT INTO company_group (company_id, name, street, postal_code, city, country, time_zone,"
                + " language, default_of, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                companyId, group.name(), address.street(), address.postalCode(), address.city(), address.country(),
                group.timeZone(), group.language(), defaultOf, clock.instant());
        return find(tx, id).orElseThrow();
    }

    private static Group group(ResultSet rs) throws SQLException {
        return new Group(rs.getLong("id"), rs.getLong("company_id"), rs.getString("name"),
                         new Address(rs.getString("street"), rs.getString("postal_code"), rs.getString("city"),
                                     rs.getString("country")),
                         rs.getString("time_zone"), rs.getString("language"),
                         Tx.nullableLong(rs, "default_of") != null, Tx.requiredInstant(rs, "created_at"));
    }
}
