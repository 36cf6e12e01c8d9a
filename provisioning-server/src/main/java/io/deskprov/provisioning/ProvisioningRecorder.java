package io.deskprov.provisioning;

import java.util.List;

/**
 * Where the server's background writer puts what happened, in batches. Called on the writer's
 * own thread, never on an event loop; a failure is logged and the batch dropped.
 */
public interface ProvisioningRecorder {

    /** Stores the files served to devices. */
    void appendEvents(List<ProvisioningEvent> events);

    /** Stores sightings of phones that no company has assigned yet. */
    void recordSightings(List<Sighting> sightings);

    /** A recorder that keeps nothing, for tests and for nodes that do not keep history. */
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
