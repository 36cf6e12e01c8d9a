package io.deskprov.store.changes;

import static java.util.Objects.requireNonNull;

import java.util.function.Consumer;

import io.deskprov.store.Tx;

/** The feed of a database that only this process uses, such as embedded H2. */
final class LocalChangeFeed implements ChangeFeed {
    private final Subscribers subscribers = new Subscribers();

    @Override
    public void publish(Tx tx, Change change) {
        requireNonNull(change, "change");
        tx.afterCommit(() -> subscribers.deliver(change));
    }

    @Override
    public Subscription subscribe(Consumer<Change> listener) {
        return subscribers.add(listener);
    }

    @Override
    public void close() {
        // Nothing is held beyond the listeners, which go with the feed.
    }
}
