package io.deskprov.provisioning.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.deskprov.provisioning.ProvisioningRecorder;
import io.deskprov.store.event.ProvisioningEvent;
import io.deskprov.store.seen.Sighting;

/** Keeps what the server records, for tests to read. */
public final class CollectingRecorder implements ProvisioningRecorder {
    private final List<ProvisioningEvent> events = new CopyOnWriteArrayList<>();
    private final List<Sighting> sightings = new CopyOnWriteArrayList<>();

    @Override
    public void appendEvents(List<ProvisioningEvent> batch) {
        events.addAll(batch);
    }

    @Override
    public void recordSightings(List<Sighting> batch) {
        sightings.addAll(batch);
    }

    public List<ProvisioningEvent> events() {
        return events;
    }

    public List<Sighting> sightings() {
        return sightings;
    }
}
