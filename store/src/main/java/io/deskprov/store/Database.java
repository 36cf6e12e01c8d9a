package io.deskprov.store;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The connection pool to one database, its migrations, and short transactions over it.
 *
 * <pre>{@code
 * try (Database db = Database.open(settings, registry)) {
 *     db.migrate();
 *     long id = db.transaction(tx -> companies.create(tx, newCompany));
 * }
 * }</pre>
 */
public final class Database implements AutoCloseable {
    private static final Logger logger = LoggerFactory.getLogger(Database.class);

    private final DatabaseSettings settings;
    private final HikariDataSource pool;

    private Database(DatabaseSettings settings, HikariDataSource pool) {
        this.settings = settings;
        this.pool = pool;
    }

    /**
     * Opens a pool to the database. Connections are made lazily, so this succeeds while the
     * database is down; {@link #isReachable()} tells whether it answers.
     *
     * @param registry where the pool reports its metrics, or null for none
     */
    public static Database open(DatabaseSettings settings, @Nullable MeterRegistry registry) {
        requireNonNull(settings, "settings");
        final HikariConfig config = new HikariConfig();
        config.setPoolName("deskprov-db");
        config.setJdbcUrl(settings.url());
        if (!settings.username().isEmpty()) {
            config.setUsername(settings.username());
        }
        if (!settings.password().isEmpty()) {
            config.setPassword(settings.password());
        }
        config.setMaximumPoolSize(settings.maxPoolSize());
        config.setMinimumIdle(Math.min(2, settings.maxPoolSize()));
        config.setConnectionTimeout(settings.connectionTimeout().toMillis());
        config.setAutoCommit(false);
        // Let the pool start while the database is down; callers see StoreUnavailableException.
        config.setInitializationFailTimeout(-1);
        if (registry != null) {
            config.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
        }
        final Database database = new Database(settings, new HikariDataSource(config));
        logger.info("Database pool opened: engine={} url={} maxPoolSize={}",
                    settings.engine(), settings.redactedUrl(), settings.maxPoolSize());
        return database;
    }

    public Engine engine() {
        return settings.engine();
    }

    public DatabaseSettings settings() {
        return settings;
    }

    /** The pooled connections, for libraries that want a {@link DataSource}. */
    public DataSource dataSource() {
        return pool;
    }

    /**
     * Brings the schema up to date: the migrations both engines share, then this engine's own.
     *
     * @return how many migrations ran
     */
    public int migrate() {
        final Flyway flyway = Flyway.configure()
                                    .dataSource(pool)
                                    .locations("classpath:db/migration/common", engine().migrationLocation())
                                    .failOnMissingLocations(true)
                                    .load();
        try {
            final MigrateResult result = flyway.migrate();
            logger.info("Database schema migrated: engine={} applied={} version={}",
                        engine(), result.migrationsExecuted, result.targetSchemaVersion);
            return result.migrationsExecuted;
        } catch (RuntimeException e) {
            throw new StoreException("database migration failed: " + e.getMessage(), e);
        }
    }

    /**
     * Runs work in one transaction: committed when it returns, rolled back when it throws.
     * Actions registered with {@link Tx#afterCommit(Runnable)} run after the commit.
     *
     * @throws ConstraintViolationException if the work broke a rule of the schema
     * @throws StoreUnavailableException if no connection could be had
     * @throws StoreException for any other database failure
     */
    public <T> T transaction(TransactionWork<T> work) {
        requireNonNull(work, "work");
        final Tx tx;
        try (Connection connection = pool.getConnection()) {
            tx = new Tx(connection, engine());
            final T result = runAndCommit(work, tx);
            runAfterCommit(tx.afterCommitActions());
            return result;
        } catch (SQLException e) {
            throw SqlFailures.translate(e, engine());
        }
    }

    /** Like {@link #transaction(TransactionWork)}, for work that returns nothing. */
    public void inTransaction(TransactionAction action) {
        requireNonNull(action, "action");
        transaction(tx -> {
            action.run(tx);
            return null;
        });
    }

    /** Whether the database answers a trivial query now. */
    public boolean isReachable() {
        try {
            return transaction(tx -> tx.queryOne("SELECT 1", row -> row.getInt(1)).isPresent());
        } catch (StoreException e) {
            logger.debug("Database did not answer the reachability check", e);
            return false;
        }
    }

    @Override
    public void close() {
        pool.close();
        logger.info("Database pool closed: engine={}", engine());
    }

    private static <T> T runAndCommit(TransactionWork<T> work, Tx tx) throws SQLException {
        final Connection connection = tx.connection();
        try {
            final T result = work.run(tx);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException | Error e) {
            rollbackQuietly(connection, e);
            throw e;
        }
    }

    private static void rollbackQuietly(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    private static void runAfterCommit(List<Runnable> actions) {
        for (Runnable action : actions) {
            try {
                action.run();
            } catch (RuntimeException e) {
                // The data is committed; a failing listener must not make the caller think otherwise.
                logger.warn("An after-commit action failed; the transaction itself committed", e);
            }
        }
    }
}
