package io.deskprov.provisioning.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands items from the event loops to one background thread, which takes them in batches.
 * Adding is a lock-free queue insert that never blocks and never wakes the thread: it looks for
 * work at a fixed interval instead, because a wake-up per item costs a busy event loop a system
 * call and a context switch per request. The queue is bounded; when it is full, new items are
 * dropped and reported.
 */
final class BatchDrain<T> implements AutoCloseable {
    private static final Logger logger = LoggerFactory.getLogger(BatchDrain.class);

    private final Queue<T> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final int capacity;
    private final int batchSize;
    private final Duration interval;
    private final Consumer<List<T>> sink;
    private final Runnable onDrop;
    private final Thread thread;
    private volatile boolean running = true;

    /**
     * Starts the thread.
     *
     * @param sink takes each batch on the background thread; what it throws is logged and the batch lost
     * @param onDrop called for every item refused because the queue is full
     */
    BatchDrain(String threadName, int capacity, int batchSize, Duration interval, Consumer<List<T>> sink,
               Runnable onDrop) {
        this.capacity = capacity;
        this.batchSize = batchSize;
        this.interval = interval;
        this.sink = sink;
        this.onDrop = onDrop;
        this.thread = new Thread(this::run, threadName);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    void add(T item) {
        if (queued.incrementAndGet() > capacity) {
            queued.decrementAndGet();
            onDrop.run();
            return;
        }
        queue.add(item);
    }

    private void run() {
        final List<T> batch = new ArrayList<>(batchSize);
        while ((running || !queue.isEmpty()) && !Thread.currentThread().isInterrupted()) {
            T item;
            while (batch.size() < batchSize && (item = queue.poll()) != null) {
                batch.add(item);
            }
            queued.addAndGet(-batch.size());
            if (!batch.isEmpty()) {
                deliver(batch);
                batch.clear();
            } else if (running) {
                LockSupport.parkNanos(interval.toNanos());
            }
        }
    }

    private void deliver(List<T> batch) {
        try {
            sink.accept(batch);
        } catch (RuntimeException e) {
            logger.warn("{} lost a batch of {}", thread.getName(), batch.size(), e);
        }
    }

    /** Delivers what is queued, waiting at most {@code grace}, then stops. */
    void close(Duration grace) {
        running = false;
        LockSupport.unpark(thread);
        try {
            thread.join(Math.max(1, grace.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            thread.interrupt();
            logger.warn("Stopped {} with {} items still queued", thread.getName(), queue.size());
        }
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(5));
    }
}
