package io.deskprov.registrar;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** A UDP peer for tests that speaks SIP as plain text, so tests see exactly what goes over the wire. */
final class RawSip implements SipPeer {
    private final DatagramSocket socket;
    private final int registrarPort;

    RawSip(int registrarPort) throws IOException {
        this(registrarPort, InetAddress.getLoopbackAddress());
    }

    /** A peer on another local address, such as 127.0.0.2, which Linux serves on loopback too. */
    RawSip(int registrarPort, InetAddress local) throws IOException {
        this.socket = new DatagramSocket(new InetSocketAddress(local, 0));
        this.registrarPort = registrarPort;
    }

    @Override
    public int localPort() {
        return socket.getLocalPort();
    }

    @Override
    public String transport() {
        return "UDP";
    }

    void send(byte[] message) throws IOException {
        socket.send(new DatagramPacket(message, message.length, InetAddress.getLoopbackAddress(), registrarPort));
    }

    @Override
    public void send(String message) throws IOException {
        send(message.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Answers a request where its top Via says (RFC 3261 section 18.2.2), which for a request of
     * a second registrar node is not the port this peer registers with.
     */
    void respond(String request, int status, String reason) throws IOException {
        final String via = header(request, "Via");
        final Matcher sentBy = Pattern.compile("SIP/2\\.0/UDP [^:;]+:(\\d+)").matcher(via == null ? "" : via);
        if (!sentBy.find()) {
            throw new IllegalArgumentException("request: no UDP Via with a port in " + request);
        }
        final byte[] bytes = answer(request, status, reason).getBytes(StandardCharsets.UTF_8);
        socket.send(new DatagramPacket(bytes, bytes.length, InetAddress.getLoopbackAddress(),
                                       Integer.parseInt(sentBy.group(1))));
    }

    /** The next datagram within the wait, or null if none came. */
    @Override
    public @Nullable String receive(int waitMillis) throws IOException {
        socket.setSoTimeout(waitMillis);
        final byte[] buffer = new byte[65535];
        final DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        try {
            socket.receive(packet);
        } catch (SocketTimeoutException e) {
            return null;
        }
        return new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
    }

    String options() {
        return "OPTIONS sip:registrar@127.0.0.1 SIP/2.0\r\n"
               + "Via: SIP/2.0/UDP 127.0.0.1:" + localPort() + ";branch=z9hG4bK" + UUID.randomUUID() + "\r\n"
               + "Max-Forwards: 70\r\nFrom: <sip:probe@127.0.0.1>;tag=1\r\nTo: <sip:registrar@127.0.0.1>\r\n"
               + "Call-ID: " + UUID.randomUUID() + "\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n";
    }

    /** The response to a request received, copying the headers RFC 3261 section 8.2.6.2 asks for. */
    static String answer(String request, int status, String reason) {
        final StringBuilder response = new StringBuilder("SIP/2.0 " + status + ' ' + reason + "\r\n");
        for (String name : new String[] {"Via", "From", "To", "Call-ID", "CSeq"}) {
            response.append(name).append(": ").append(header(request, name)).append("\r\n");
        }
        return response.append("Content-Length: 0\r\n\r\n").toString();
    }

    static int status(@Nullable String response) {
        if (response == null) {
            return 0;
        }
        return Integer.parseInt(response.substring(8, 11));
    }

    /** The value of the first header of that name, or null. */
    static @Nullable String header(String message, String name) {
        final Matcher m = Pattern.compile("(?im)^" + Pattern.quote(name) + ":\\s*(.*?)\\r?$").matcher(message);
        return m.find() ? m.group(1) : null;
    }

    static @Nullable String param(String header, String name) {
        final Matcher m = Pattern.compile("(?i)\\b" + name + "=\"?([^\",]*)\"?").matcher(header);
        return m.find() ? m.group(1) : null;
    }

    @Override
    public void close() {
        socket.close();
    }
}
