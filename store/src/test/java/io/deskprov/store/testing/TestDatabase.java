package io.deskprov.store.testing;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.deskprov.store.Database;
import io.deskprov.store.DatabaseSettings;
import io.deskprov.store.Engine;

/**
 * A database made for one test class and dropped after it: in memory on H2, a new database on
 * the test PostgreSQL server. Nothing is shared between test classes or test runs.
 */
public final class TestDatabase implements AutoCloseable {
    private final Engine engine;
    private final DatabaseSettings settings;
    private final @Nullable String adminUrl;
    private final String name;
    private @Nullable Database database;

    private TestDatabase(Engine engine, DatabaseSettings settings, @Nullable String adminUrl, String name) {
        this.engine = engine;
        this.settings = settings;
        this.adminUrl = adminUrl;
        this.name = name;
    }

    /** Whether tests on this engine can run here; H2 always can. */
    public static boolean isAvailable(Engine engine) {
        return engine == Engine.H2 || PostgresServer.adminUrl() != null;
    }

    /** Why tests on this engine cannot run here, when they cannot. */
    public static String unavailableReason(Engine engine) {
        return engine == Engine.H2 ? "" : PostgresServer.unavailableReason();
    }

    /**
     * Makes an empty database on the engine.
     *
     * @throws IllegalStateException if the engine is not available here
     */
    public static TestDatabase create(Engine engine) {
        requireNonNull(engine, "engine");
        final String name = "deskprov_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        if (engine == Engine.H2) {
            final String url = "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"
                               + ";DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
            return new TestDatabase(engine, DatabaseSettings.builder(url).maxPoolSize(4).build(), null, name);
        }
        final String admin = PostgresServer.adminUrl();
        if (admin == null) {
            throw new IllegalStateException(PostgresServer.unavailableReason());
        }
        execute(admin, "CREATE DATABASE " + name);
        final DatabaseSettings settings = DatabaseSettings.builder(withDatabase(admin, name)).maxPoolSize(4).build();
        return new TestDatabase(engine, settings, admin, name);
    }

    public Engine engine() {
        return engine;
    }

    /** Settings that reach this database, for code under test that opens its own pool. */
    public DatabaseSettings settings() {
        return settings;
    }

    /** A pool to this database with the schema migrated; opened once, closed with this. */
    public synchronized Database database() {
        if (database == null) {
            database = Database.open(settings, null);
            database.migrate();
        }
        return database;
    }

    @Override
    public synchronized void close() {
        if (database != null) {
            database.close();
            database = null;
        }
        if (engine == Engine.H2) {
            execute(settings.url(), "SHUTDOWN");
        } else {
            execute(requireNonNull(adminUrl, "adminUrl"), "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    @Override
    public String toString() {
        return engine.name().toLowerCase(Locale.ROOT) + ' ' + name;
    }

    private static String withDatabase(String adminUrl, String database) {
        final int query = adminUrl.indexOf('?');
        final String base = query < 0 ? adminUrl : adminUrl.substring(0, query);
        final String params = query < 0 ? "" : adminUrl.substring(query);
        final int slash = base.lastIndexOf('/');
        return base.substring(0, slash + 1) + database + params;
    }

    private static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("test database statement failed: " + sql, e);
        }
    }
}
