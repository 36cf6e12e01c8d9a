package io.deskprov.app;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A phone's SIP port on loopback UDP: takes the requests the registrar sends and answers each 200. */
final class PhoneSocket implements AutoCloseable {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final DatagramSocket socket;

    PhoneSocket() throws IOException {
        this.socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
    }

    int port() {
        return socket.getLocalPort();
    }

    /**
     * The next request of the method, answered; others on the way, such as OPTIONS probes, are
     * answered and passed over.
     *
     * @throws AssertionError if none comes within 10 s
     */
    String take(String method) throws IOException {
        final long end = System.nanoTime() + WAIT.toNanos();
        final DatagramPacket packet = new DatagramPacket(new byte[16 * 1024], 16 * 1024);
        while (true) {
            final long left = Duration.ofNanos(end - System.nanoTime()).toMillis();
            if (left <= 0) {
                throw new AssertionError("no " + method + " reached the phone within " + WAIT);
            }
            socket.setSoTimeout((int) left);
            try {
                socket.receive(packet);
            } catch (SocketTimeoutException e) {
                continue;
            }
            final String request = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
            answer(request, packet.getSocketAddress());
            if (request.startsWith(method + ' ')) {
                return request;
            }
        }
    }

    /** The value of the message's first header of that name. */
    static String header(String message, String name) {
        for (String line : message.split("\r\n")) {
            if (line.regionMatches(true, 0, name + ':', 0, name.length() + 1)) {
                return line.substring(name.length() + 1).trim();
            }
        }
        throw new AssertionError("no " + name + " header in " + message);
    }

    private void answer(String request, SocketAddress to) throws IOException {
        final StringBuilder response = new StringBuilder("SIP/2.0 200 OK\r\n");
        for (String line : request.split("\r\n")) {
            final String name = line.contains(":") ? line.substring(0, line.indexOf(':')).trim() : "";
            if (name.equalsIgnoreCase("To") && !line.contains(";tag=")) {
                response.append(line).append(";tag=phone\r\n");
            } else if (name.matches("(?i)Via|From|To|Call-ID|CSeq")) {
                response.append(line).append("\r\n");
            }
        }
        final byte[] bytes = response.append("Content-Length: 0\r\n\r\n").toString().getBytes(StandardCharsets.UTF_8);
        socket.send(new DatagramPacket(bytes, bytes.length, to));
    }

    @Override
    public void close() {
        socket.close();
    }
}
