package io.deskprov.store.changes;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.deskprov.store.DatabaseSettings;
import io.deskprov.store.StoreException;
import io.deskprov.store.Tx;

/**
 * A feed over PostgreSQL's LISTEN/NOTIFY, so that every node sharing the database hears every
 * change. NOTIFY is transactional: it reaches listeners when the publishing transaction commits.
 * The listening connection is its own, outside the pool, so that it never takes a pooled slot.
 * After the connection drops, subscribers hear {@link Change#everything()}, since changes may
 * have been missed meanwhile.
 */
final class PostgresChangeFeed implements ChangeFeed {
    private static final Logger logger = LoggerFactory.getLogger(PostgresChangeFeed.class);

    static final String CHANNEL = "deskprov_changes";
    private static final int POLL_MILLIS = 500;
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final DatabaseSettings settings;
    private final Subscribers subscribers = new Subscribers();
    private final Thread listener;
    private final CountDownLatch listening = new CountDownLatch(1);
    private volatile boolean closed;
    private volatile @Nullable Connection connection;

    private PostgresChangeFeed(DatabaseSettings settings) {
        this.settings = settings;
        this.listener = new Thread(this::listen, "deskprov-change-listener");
        listener.setDaemon(true);
    }

    static PostgresChangeFeed start(DatabaseSettings settings) {
        final PostgresChangeFeed feed = new PostgresChangeFeed(requireNonNull(settings, "settings"));
        feed.listener.start();
        feed.awaitFirstListen();
        return feed;
    }

    @Override
    public void publish(Tx tx, Change change) {
        requireNonNull(change, "change");
        try {
            tx.execute("SELECT pg_notify(?, ?)", CHANNEL, change.encode());
        } catch (SQLException e) {
            throw new StoreException("could not publish " + change, e);
        }
    }

    @Override
    public Subscription subscribe(Consumer<Change> listener) {
        return subscribers.add(listener);
    }

    @Override
    public void close() {
        closed = true;
        listener.interrupt();
        closeQuietly(connection);
        try {
            listener.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Waits until LISTEN has run, so that a change committed right after the start is heard.
     * A database that is down does not block the start: the feed announces everything once it
     * gets through.
     */
    private void awaitFirstListen() {
        try {
            if (!listening.await(settings.connectionTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                logger.warn("Change feed is not listening yet; caches will be dropped once it is");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void listen() {
        long backoffMillis = 250;
        boolean missedSome = false;
        while (!closed) {
            try (Connection listeningConnection = connect()) {
                connection = listeningConnection;
                listening.countDown();
                if (missedSome) {
                    subscribers.deliver(Change.everything());
                    logger.info("Change feed listening again on channel {}", CHANNEL);
                    missedSome = false;
                }
                backoffMillis = 250;
                pollUntilClosed(listeningConnection.unwrap(PGConnection.class));
            } catch (SQLException | RuntimeException e) {
                if (closed) {
                    return;
                }
                missedSome = true;
                logger.warn("Change feed lost its database connection; retrying in {} ms", backoffMillis, e);
                sleep(backoffMillis);
                backoffMillis = Math.min(backoffMillis * 2, MAX_BACKOFF.toMillis());
            }
        }
    }

    private Connection connect() throws SQLException {
        final Properties properties = new Properties();
        if (!settings.username().isEmpty()) {
            properties.setProperty("user", settings.username());
        }
        if (!settings.password().isEmpty()) {
            properties.setProperty("password", settings.password());
        }
        final Connection listening = DriverManager.getConnection(settings.url(), properties);
        listening.setAutoCommit(true);
        try (Statement statement = listening.createStatement()) {
            statement.execute("LISTEN " + CHANNEL);
        }
        return listening;
    }

    private void pollUntilClosed(PGConnection listening) throws SQLException {
        while (!closed) {
            final PGNotification[] notifications = listening.getNotifications(POLL_MILLIS);
            if (notifications == null) {
                continue;
            }
            for (PGNotification notification : notifications) {
                deliver(notification.getParameter());
            }
        }
    }

    private void deliver(String payload) {
        try {
            subscribers.deliver(Change.decode(payload));
        } catch (IllegalArgumentException e) {
            logger.warn("Change feed ignored a notification it cannot read: {}", payload);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(@Nullable Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            logger.debug("Change feed connection did not close cleanly", e);
        }
    }
}
