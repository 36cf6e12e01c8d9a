package io.deskprov.provisioning.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.deskprov.provisioning.ProvisioningRecorder;
import io.deskprov.store.event.ProvisioningEvent;
import io.deskprov.store.seen.Sighting;

/** Keeps what the server records, for tests to read, or only counts the events for a benchmark. */
public final class CollectingRecorder implements ProvisioningRecorder {
    private final List<ProvisioningEvent> events = Collections.synchronizedList(new ArrayList<>());
    private final List<Sighting> sightings = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong eventCount = new AtomicLong();
    private volatile boolean keepEvents = true;

    @Override
    public void appendEvents(List<ProvisioningEvent> batch) {
        eventCount.addAndGet(batch.size());
        if (keepEvents) {
            events.addAll(batch);
        }
    }

    /**
     * Counts events from now on without keeping them, so that a long benchmark run does not
     * measure a heap growing with millions of them.
     */
    public void countEventsOnly() {
        keepEvents = false;
    }

    /** How many events were recorded, kept or not. */
    public long eventCount() {
        return eventCount.get();
    }

    @Override
    public void recordSightings(List<Sighting> batch) {
        sightings.addAll(batch);
    }

    /** A copy of the events recorded so far. */
    public List<ProvisioningEvent> events() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    /** A copy of the sightings recorded so far. */
    public List<Sighting> sightings() {
        synchronized (sightings) {
            return List.copyOf(sightings);
        }
    }
}
