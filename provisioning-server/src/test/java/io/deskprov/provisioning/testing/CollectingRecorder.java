package io.deskprov.provisioning.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.deskprov.provisioning.ProvisioningRecorder;
import io.deskprov.store.event.ProvisioningEvent;
import io.deskprov.store.seen.Sighting;

/** Keeps what the server records, for tests to read. */
public final class CollectingRecorder implements ProvisioningRecorder {
    private final List<ProvisioningEvent> events = Collections.synchronizedList(new ArrayList<>());
    private final List<Sighting> sightings = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void appendEvents(List<ProvisioningEvent> batch) {
        events.addAll(batch);
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
