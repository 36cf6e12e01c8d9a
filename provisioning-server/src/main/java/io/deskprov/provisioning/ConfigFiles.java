package io.deskprov.provisioning;

import java.util.Optional;
import java.util.Set;

import io.deskprov.store.device.MacAddress;

/**
 * The configuration files of one device, rendered on demand. Called on a worker thread, never on
 * an event loop, so it may read the database; the server caches what it returns until the store
 * announces a change that reaches the device.
 */
@FunctionalInterface
public interface ConfigFiles {

    /**
     * Renders a file for the device.
     *
     * @param mac the device, already authenticated and assigned to a workplace
     * @param fileName the file the phone asked for, such as {@code 001565aabbcc.cfg}; already
     *                 checked to be a plain name of a known kind
     * @return the file, or empty when the device has no such file
     */
    Optional<RenderedFile> render(MacAddress mac, String fileName);

    /**
     * The firmware file names that the files may point phones at besides the catalog's images:
     * builds pinned by a parameter for some device, workplace, group or company. The server asks
     * again after every change the store announces.
     */
    default Set<String> pinnedFirmware() {
        return Set.of();
    }
}
