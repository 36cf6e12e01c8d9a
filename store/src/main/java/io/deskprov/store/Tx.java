package io.deskprov.store;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * One open transaction: prepared statements only, with the few shapes repositories need.
 * Arguments may be {@link Instant}s and enums besides what JDBC takes; {@code null} binds SQL NULL.
 * A {@code Tx} is used by one thread and is gone when the transaction ends.
 */
public final class Tx {
    private final Connection connection;
    private final Engine engine;
    private final List<Runnable> afterCommit = new ArrayList<>();

    Tx(Connection connection, Engine engine) {
        this.connection = connection;
        this.engine = engine;
    }

    /** The engine behind this transaction, for the few statements that differ. */
    public Engine engine() {
        return engine;
    }

    /** Runs a query and maps every row. */
    public <T> List<T> query(String sql, RowMapper<T> mapper, @Nullable Object... args) throws SQLException {
        try (PreparedStatement statement = prepare(sql, args); ResultSet rows = statement.executeQuery()) {
            final List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(mapper.map(rows));
            }
            return result;
        }
    }

    /** Runs a query that yields at most one row. */
    public <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, @Nullable Object... args)
            throws SQLException {
        final List<T> rows = query(sql, mapper, args);
        if (rows.size() > 1) {
            throw new IllegalStateException("expected at most one row, got " + rows.size() + " for: " + sql);
        }
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** Runs an INSERT, UPDATE or DELETE and returns the number of rows it touched. */
    public int update(String sql, @Nullable Object... args) throws SQLException {
        try (PreparedStatement statement = prepare(sql, args)) {
            return statement.executeUpdate();
        }
    }

    /** Runs a statement for its effect alone, such as a function call whose result is not needed. */
    public void execute(String sql, @Nullable Object... args) throws SQLException {
        try (PreparedStatement statement = prepare(sql, args)) {
            statement.execute();
        }
    }

    /** Runs an INSERT into a table with an identity column {@code id} and returns the new id. */
    public long insert(String sql, @Nullable Object... args) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"})) {
            bind(statement, args);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("the database returned no generated id for: " + sql);
                }
                return keys.getLong(1);
            }
        }
    }

    /** Runs one statement for many argument rows in a single round trip. */
    public void batch(String sql, List<@Nullable Object[]> argumentRows) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] args : argumentRows) {
                bind(statement, args);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /**
     * Runs one statement for each item, with the arguments {@code arguments} makes of it, in a
     * single round trip; nothing at all for no items.
     */
    public <T> void batch(String sql, List<T> items, Function<T, @Nullable Object[]> arguments)
            throws SQLException {
        if (items.isEmpty()) {
            return;
        }
        final List<@Nullable Object[]> rows = new ArrayList<>(items.size());
        for (T item : items) {
            rows.add(arguments.apply(item));
        }
        batch(sql, rows);
    }

    /** Runs the action once this transaction has committed; never if it rolls back. */
    public void afterCommit(Runnable action) {
        afterCommit.add(requireNonNull(action, "action"));
    }

    List<Runnable> afterCommitActions() {
        return afterCommit;
    }

    Connection connection() {
        return connection;
    }

    /** Reads a timestamp column as an instant, or null. */
    public static @Nullable Instant instant(ResultSet row, String column) throws SQLException {
        final OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** Reads a timestamp column that the schema declares NOT NULL. */
    public static Instant requiredInstant(ResultSet row, String column) throws SQLException {
        final Instant value = instant(row, column);
        if (value == null) {
            throw new SQLException("column " + column + " is null but the schema forbids it");
        }
        return value;
    }

    /** Reads a nullable BIGINT column. */
    public static @Nullable Long nullableLong(ResultSet row, String column) throws SQLException {
        final long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    /** Reads a nullable INTEGER column. */
    public static @Nullable Integer nullableInt(ResultSet row, String column) throws SQLException {
        final int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    /** Reads a nullable BOOLEAN column. */
    public static @Nullable Boolean nullableBoolean(ResultSet row, String column) throws SQLException {
        final boolean value = row.getBoolean(column);
        return row.wasNull() ? null : value;
    }

    /** Reads a DATE column as a local date, or null. */
    public static @Nullable LocalDate localDate(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }

    private PreparedStatement prepare(String sql, @Nullable Object[] args) throws SQLException {
        final PreparedStatement statement = connection.prepareStatement(sql);
        try {
            bind(statement, args);
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    private static void bind(PreparedStatement statement, @Nullable Object[] args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            if (args[i] == null) {
                statement.setNull(i + 1, Types.NULL);
            } else {
                statement.setObject(i + 1, toJdbc(args[i]));
            }
        }
    }

    private static @Nullable Object toJdbc(@Nullable Object value) {
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value;
    }
}
