package io.deskprov.provisioning.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.deskprov.provisioning.ProvisioningRecorder;
import io.deskprov.store.event.ProvisioningEvent;
import io.deskprov.store.seen.Sighting;

/**
 * Writes provisioning events and sightings in batches from a bounded queue on one background
 * thread, so that a slow database delays history, never an answer. When the queue is full,
 * new records are dropped and counted.
 */
final class RecordWriter implements AutoCloseable {
    private static final Logger logger = LoggerFactory.getLogger(RecordWriter.class);

    private final ProvisioningRecorder recorder;
    // Lock-free, since every event loop adds to it on every request; bounded by the counter.
    private final Queue<Object> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final int capacity;
    private final int batchSize;
    private final Duration flushInterval;
    private final ServerMetrics metrics;
    private final Thread thread;
    private volatile boolean running = true;

    RecordWriter(ProvisioningRecorder recorder, int capacity, int batchSize, Duration flushInterval,
                 ServerMetrics metrics) {
        this.recorder = recorder;
        this.capacity = capacity;
        this.batchSize = batchSize;
        this.flushInterval = flushInterval;
        this.metrics = metrics;
        this.thread = new Thread(this::run, "deskprov-provisioning-records");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    void add(ProvisioningEvent event) {
        offer(event);
    }

    void add(Sighting sighting) {
        offer(sighting);
    }

    private void offer(Object record) {
        if (queued.incrementAndGet() > capacity) {
            queued.decrementAndGet();
            metrics.droppedRecord();
            return;
        }
        queue.add(record);
    }

    private void run() {
        final List<Object> batch = new ArrayList<>(batchSize);
        while ((running || !queue.isEmpty()) && !Thread.currentThread().isInterrupted()) {
            Object record;
            while (batch.size() < batchSize && (record = queue.poll()) != null) {
                batch.add(record);
            }
            queued.addAndGet(-batch.size());
            if (!batch.isEmpty()) {
                write(batch);
                batch.clear();
            } else if (running) {
                LockSupport.parkNanos(flushInterval.toNanos());
            }
        }
    }

    private void write(List<Object> batch) {
        final List<ProvisioningEvent> events = new ArrayList<>();
        final List<Sighting> sightings = new ArrayList<>();
        for (Object record : batch) {
            if (record instanceof ProvisioningEvent event) {
                events.add(event);
            } else {
                sightings.add((Sighting) record);
            }
        }
        try {
            if (!events.isEmpty()) {
                recorder.appendEvents(events);
            }
            if (!sightings.isEmpty()) {
                recorder.recordSightings(sightings);
            }
        } catch (RuntimeException e) {
            // A database that is down loses these records, never delays an answer.
            logger.warn("Dropped {} provisioning events and {} sightings that could not be written",
                        events.size(), sightings.size(), e);
        }
    }

    /** Writes what is queued, waiting at most {@code grace}, then stops. */
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
            logger.warn("Stopped the record writer with {} records still queued", queue.size());
        }
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(5));
    }
}
