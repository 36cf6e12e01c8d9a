package io.deskprov.provisioning.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import io.deskprov.store.Tx;
import io.deskprov.store.changes.Change;
import io.deskprov.store.changes.ChangeFeed;

/** A change feed that tests fire by hand, for servers that run without a database. */
public final class TestChangeFeed implements ChangeFeed {
    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();

    public void fire(Change change) {
        listeners.forEach(listener -> listener.accept(change));
    }

    @Override
    public void publish(Tx tx, Change change) {
        tx.afterCommit(() -> fire(change));
    }

    @Override
    public Subscription subscribe(Consumer<Change> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public void close() {
        listeners.clear();
    }
}
