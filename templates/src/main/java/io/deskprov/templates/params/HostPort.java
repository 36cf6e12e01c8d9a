package io.deskprov.templates.params;

import static java.util.Objects.requireNonNull;

/**
 * A host name or address with a port.
 *
 * @param host a DNS name or IPv4 address
 * @param port from 1 to 65535
 */
public record HostPort(String host, int port) {

    public HostPort {
        requireNonNull(host, "host");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port: " + port + " is not from 1 to 65535");
        }
    }

    @Override
    public String toString() {
        return host + ':' + port;
    }
}
