package io.deskprov.store.workplace;

import static java.util.Objects.requireNonNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import io.deskprov.store.Tx;
import io.deskprov.store.changes.Change;
import io.deskprov.store.changes.ChangeFeed;

/**
 * Workplaces from order to deletion. There is deliberately no method that changes a workplace's
 * group: a workplace never moves, it is deleted and made anew in the other group. Changes that
 * reach its phones are published on the change feed. Every method runs in the caller's transaction.
 */
public final class WorkplaceRepository {
    private static final String SELECT = "SELECT id, company_id, group_id, first_name, last_name, email,"
                                         + " phone_number, profile, state, ordered_at, activated_at, deleted_at"
                                         + " FROM workplace";

    private final Clock clock;
    private final ChangeFeed changes;

    public WorkplaceRepository(Clock clock, ChangeFeed changes) {
        this.clock = requireNonNull(clock, "clock");
        this.changes = requireNonNull(changes, "changes");
    }

    /** Records an ordered workplace, waiting for its activation; its phones get nothing yet. */
    public Workplace create(Tx tx, NewWorkplace workplace) throws SQLException {
        return insert(tx, workplace, WorkplaceState.ORDERED, null);
    }

    /** Records a workplace that is in service from {@code activatedAt}, skipping the ordered state. */
    public Workplace createActive(Tx tx, NewWorkplace workplace, Instant activatedAt) throws SQLException {
        requireNonNull(activatedAt, "activatedAt");
        final Workplace created = insert(tx, workplace, WorkplaceState.ACTIVE, activatedAt);
        changes.publish(tx, Change.workplace(created.id()));
        return created;
    }

    public Optional<Workplace> find(Tx tx, long id) throws SQLException {
        return tx.queryOne(SELECT + " WHERE id = ?", WorkplaceRepository::workplace, id);
    }

    /** The company's workplaces in every state, by last and first name. */
    public List<Workplace> listForCompany(Tx tx, long companyId) throws SQLException {
        return tx.query(SELECT + " WHERE company_id = ? ORDER BY last_name, first_name, id",
                        WorkplaceRepository::workplace, companyId);
    }

    /** The group's workplaces in every state, by last and first name. */
    public List<Workplace> listForGroup(Tx tx, long groupId) throws SQLException {
        return tx.query(SELECT + " WHERE group_id = ? ORDER BY last_name, first_name, id",
                        WorkplaceRepository::workplace, groupId);
    }

    /** How many of the company's workplaces are in service, for checks against its contingent. */
    public int countActive(Tx tx, long companyId) throws SQLException {
        return tx.queryOne("SELECT COUNT(*) FROM workplace WHERE company_id = ? AND state = 'ACTIVE'",
                           rs -> rs.getInt(1), companyId).orElseThrow();
    }

    /** Puts an ordered workplace into service; returns false if it is not (or no longer) ordered. */
    public boolean activate(Tx tx, long id, Instant activatedAt) throws SQLException {
        requireNonNull(activatedAt, "activatedAt");
        return touch(tx, id, "UPDATE workplace SET state = 'ACTIVE', activated_at = ?"
                             + " WHERE id = ? AND state = 'ORDERED'", activatedAt, id);
    }

    /** Replaces the employee's name, email and number; returns false if the workplace is gone or deleted. */
    public boolean updatePerson(Tx tx, long id, Person person) throws SQLException {
        requireNonNull(person, "person");
        return touch(tx, id, "UPDATE workplace SET first_name = ?, last_name = ?, email = ?, phone_number = ?"
                             + " WHERE id = ? AND state <> 'DELETED'",
                     person.firstName(), person.lastName(), person.email(), person.phoneNumber(), id);
    }

    /**
     * Marks the workplace deleted now. The minimum term ({@link Workplace#earliestDeletion()}) is
     * not checked here; the portal enforces it.
     *
     * @return false if the workplace does not exist or was deleted before
     */
    public boolean markDeleted(Tx tx, long id) throws SQLException {
        return touch(tx, id, "UPDATE workplace SET state = 'DELETED', deleted_at = ?"
                             + " WHERE id = ? AND state <> 'DELETED'", clock.instant(), id);
    }

    private Workplace insert(Tx tx, NewWorkplace workplace, WorkplaceState state, @Nullable Instant activatedAt)
            throws SQLException {
        requireNonNull(workplace, "workplace");
        final Person person = workplace.person();
        final long id = tx.insert(
                "INSERT INTO workplace (company_id, group_id, first_name, last_name, email, phone_number,"
                + " profile, state, ordered_at, activated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                workplace.companyId(), workplace.groupId(), person.firstName(), person.lastName(),
                person.email(), person.phoneNumber(), workplace.profile(), state, clock.instant(), activatedAt);
        return find(tx, id).orElseThrow();
    }

    private boolean touch(Tx tx, long id, String sql, @Nullable Object... args) throws SQLException {
        return changes.publishIf(tx, tx.update(sql, args) == 1, Change.workplace(id));
    }

    private static Workplace workplace(ResultSet rs) throws SQLException {
        return new Workplace(rs.getLong("id"), rs.getLong("company_id"), rs.getLong("group_id"),
                             new Person(rs.getString("first_name"), rs.getString("last_name"),
                                        rs.getString("email"), rs.getString("phone_number")),
                             Profile.valueOf(rs.getString("profile")),
                             WorkplaceState.valueOf(rs.getString("state")),
                             Tx.requiredInstant(rs, "ordered_at"), Tx.instant(rs, "activated_at"),
                             Tx.instant(rs, "deleted_at"));
    }
}
