package io.deskprov.provisioning.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.deskprov.provisioning.ProvisioningRecorder;
import io.deskprov.store.event.ProvisioningEvent;
import io.deskprov.store.seen.Sighting;

/**
 * Writes provisioning events and sightings in batches on one background thread, so that a slow
 * database delays history, never an answer. When the queue is full, new records are dropped and
 * counted.
 */
final class RecordWriter implements AutoCloseable {
    private static final Logger logger = LoggerFactory.getLogger(RecordWriter.class);

    private final ProvisioningRecorder recorder;
    private final BatchDrain<Object> drain;

    RecordWriter(ProvisioningRecorder recorder, int capacity, int batchSize, Duration flushInterval,
                 ServerMetrics metrics) {
        this.recorder = recorder;
        this.drain = new BatchDrain<>("deskprov-provisioning-records", capacity, batchSize, flushInterval,
                                      this::write, metrics::droppedRecord);
    }

    void add(ProvisioningEvent event) {
        drain.add(event);
    }

    void add(Sighting sighting) {
        drain.add(sighting);
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
        drain.close(grace);
    }

    @Override
    public void close() {
        drain.close();
    }
}
