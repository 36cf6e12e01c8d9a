package io.deskprov.provisioning;

import java.net.InetAddress;
import java.time.Duration;

/**
 * Failed logins per source address, counted where every node sharing the database sees them, so
 * that an address spreading its guesses over nodes is throttled as soon as it would be on one.
 * Called on a worker thread, never on an event loop.
 */
public interface FailureCounts {

    /**
     * Counts one failed login from the address.
     *
     * @param window the window a first failure starts
     * @return the failures from the address in its current window, this one included
     */
    int failed(InetAddress address, Duration window);

    /** Counts kept by nobody, for a server without a database: each node then counts on its own. */
    static FailureCounts perNode() {
        return (address, window) -> 0;
    }
}
