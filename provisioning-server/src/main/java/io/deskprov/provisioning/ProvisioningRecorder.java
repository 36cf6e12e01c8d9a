package io.deskprov.provisioning;

import java.util.List;

import io.deskprov.store.event.ProvisioningEvent;
import io.deskprov.store.seen.Sighting;

/**
 * Where the server's background writer puts what happened, in batches. Called on the writer's
 * own thread, never on an event loop; a failure is logged and the batch dropped.
 */
public interface ProvisioningRecorder {

    /** Stores the requests of known devices. */
    void appendEvents(List<ProvisioningEvent> events);

    /** Stores sightings of phones that no company has, or that are not assigned yet. */
    void recordSightings(List<Sighting> sightings);

    /** A recorder that keeps nothing, for nodes that keep no history. */
    static ProvisioningRecorder discarding() {
        return new ProvisioningRecorder() {
            @Override
            public void appendEvents(List<ProvisioningEvent> events) {
                // kept nowhere on purpose
            }

            @Override
            public void recordSightings(List<Sighting> sightings) {
                // kept nowhere on purpose
            }
        };
    }
}
