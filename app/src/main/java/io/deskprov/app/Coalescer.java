package io.deskprov.app;

import static java.util.Objects.requireNonNull;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a task on an executor once for a burst of requests: a request made while one run is
 * pending joins it. For work such as re-signing a revocation list after many device changes.
 */
final class Coalescer {
    private final Executor executor;
    private final AtomicBoolean pending = new AtomicBoolean();

    Coalescer(Executor executor) {
        this.executor = requireNonNull(executor, "executor");
    }

    void request(Runnable task) {
        if (!pending.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.execute(() -> {
                // Cleared before the run, so that a change made during it asks for another.
                pending.set(false);
                task.run();
            });
        } catch (RejectedExecutionException stopping) {
            pending.set(false);
        }
    }
}
