package io.deskprov.provisioning.store;

import static java.util.Objects.requireNonNull;

import java.util.List;

import io.deskprov.provisioning.ProvisioningRecorder;
import io.deskprov.store.Store;
import io.deskprov.store.event.ProvisioningEvent;
import io.deskprov.store.seen.Sighting;

/** Provisioning events and sightings into the store, one transaction per batch. */
public final class StoreRecorder implements ProvisioningRecorder {
    private final Store store;

    public StoreRecorder(Store store) {
        this.store = requireNonNull(store, "store");
    }

    @Override
    public void appendEvents(List<ProvisioningEvent> events) {
        store.inTransaction(tx -> store.provisioningEvents().appendAll(tx, events));
    }

    @Override
    public void recordSightings(List<Sighting> sightings) {
        store.inTransaction(tx -> store.seenDevices().recordSightings(tx, sightings));
    }
}
