package io.deskprov.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Ports free on loopback for both TCP and UDP, for servers that take one number for both. */
final class FreePorts {
    private FreePorts() {
    }

    static int udpAndTcp() {
        for (int attempt = 0; attempt < 50; attempt++) {
            try (ServerSocket tcp = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                 DatagramSocket udp = new DatagramSocket(tcp.getLocalPort(), InetAddress.getLoopbackAddress())) {
                return udp.getLocalPort();
            } catch (IOException taken) {
                // The UDP side of that number is in use; try another.
            }
        }
        throw new UncheckedIOException(new IOException("no port free for both TCP and UDP on loopback"));
    }
}
