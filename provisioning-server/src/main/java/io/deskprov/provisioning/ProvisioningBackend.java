package io.deskprov.provisioning;

import static java.util.Objects.requireNonNull;

import io.deskprov.store.changes.ChangeFeed;

/**
 * Where the server's data comes from and goes to.
 *
 * @param devices finds devices and their credentials
 * @param files renders devices' configuration files
 * @param changes tells the server's caches what to forget
 * @param recorder keeps provisioning events and sightings
 * @param failures counts failed logins for all nodes
 */
public record ProvisioningBackend(DeviceDirectory devices, ConfigFiles files, ChangeFeed changes,
                                  ProvisioningRecorder recorder, FailureCounts failures) {

    public ProvisioningBackend {
        requireNonNull(devices, "devices");
        requireNonNull(files, "files");
        requireNonNull(changes, "changes");
        requireNonNull(recorder, "recorder");
        requireNonNull(failures, "failures");
    }

    /** A backend whose failed logins each node counts on its own. */
    public ProvisioningBackend(DeviceDirectory devices, ConfigFiles files, ChangeFeed changes,
                               ProvisioningRecorder recorder) {
        this(devices, files, changes, recorder, FailureCounts.perNode());
    }
}
