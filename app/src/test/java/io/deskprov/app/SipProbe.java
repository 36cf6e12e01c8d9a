package io.deskprov.app;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Sends one SIP OPTIONS over UDP and returns the first line of the answer. */
final class SipProbe {
    private SipProbe() {
    }

    static String options(String host, int port) throws IOException {
        try (DatagramSocket socket = new DatagramSocket()) {
            socket.setSoTimeout(5000);
            final String branch = "z9hG4bK" + UUID.randomUUID().toString().replace("-", "");
            final String request = "OPTIONS sip:" + host + ':' + port + " SIP/2.0\r\n"
                    + "Via: SIP/2.0/UDP 127.0.0.1:" + socket.getLocalPort() + ";branch=" + branch + "\r\n"
                    + "Max-Forwards: 70\r\n"
                    + "From: <sip:probe@127.0.0.1>;tag=" + UUID.randomUUID().toString().substring(0, 8) + "\r\n"
                    + "To: <sip:" + host + ':' + port + ">\r\n"
                    + "Call-ID: " + UUID.randomUUID() + "@127.0.0.1\r\n"
                    + "CSeq: 1 OPTIONS\r\n"
                    + "Content-Length: 0\r\n\r\n";
            final byte[] bytes = request.getBytes(StandardCharsets.US_ASCII);
            socket.send(new DatagramPacket(bytes, bytes.length, new InetSocketAddress(host, port)));
            final DatagramPacket answer = new DatagramPacket(new byte[8192], 8192);
            socket.receive(answer);
            final String text = new String(answer.getData(), 0, answer.getLength(), StandardCharsets.US_ASCII);
            return text.substring(0, text.indexOf("\r\n"));
        }
    }
}
