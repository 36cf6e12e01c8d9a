package io.deskprov.store.changes;

import java.util.function.Consumer;

import io.deskprov.store.Database;
import io.deskprov.store.Engine;
import io.deskprov.store.Tx;

/**
 * Tells subscribers that what some phones receive has changed. A change is published inside the
 * transaction that made it and delivered only once that transaction has committed. On PostgreSQL
 * every node sharing the database hears it; on H2 there is only this node.
 *
 * <p>Listeners run on the feed's own thread or on the committing one: they must be quick and
 * thread-safe, for instance dropping entries from a cache.
 */
public interface ChangeFeed extends AutoCloseable {

    /** The feed that suits the database's engine; on PostgreSQL it starts listening at once. */
    static ChangeFeed forDatabase(Database database) {
        return database.engine() == Engine.POSTGRESQL
               ? PostgresChangeFeed.start(database.settings())
               : new LocalChangeFeed();
    }

    /** Announces a change; subscribers hear of it once {@code tx} has committed. */
    void publish(Tx tx, Change change);

    /**
     * Announces the change only if {@code changed}, and returns {@code changed}: for updates that
     * may find no row, so that a miss announces nothing.
     */
    default boolean publishIf(Tx tx, boolean changed, Change change) {
        if (changed) {
            publish(tx, change);
        }
        return changed;
    }

    /** Registers a listener until the returned subscription is closed. */
    Subscription subscribe(Consumer<Change> listener);

    /** Stops delivering changes and releases what the feed holds. */
    @Override
    void close();

    /** A registered listener; closing it stops its deliveries. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
