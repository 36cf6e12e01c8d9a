package io.deskprov.store.changes;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The listeners of one feed; a failing listener does not keep the others from hearing. */
final class Subscribers {
    private static final Logger logger = LoggerFactory.getLogger(Subscribers.class);

    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();

    ChangeFeed.Subscription add(Consumer<Change> listener) {
        requireNonNull(listener, "listener");
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    void deliver(Change change) {
        for (Consumer<Change> listener : listeners) {
            try {
                listener.accept(change);
            } catch (RuntimeException e) {
                logger.warn("Change listener failed on {}; other listeners still hear it", change, e);
            }
        }
    }
}
