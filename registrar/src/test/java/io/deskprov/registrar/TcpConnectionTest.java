package io.deskprov.registrar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import io.deskprov.store.Database;
import io.deskprov.store.testing.EngineTest;

/**
 * TCP connections as phones and slow clients use them: an idle connection stays open (phones keep
 * theirs for the registrar's requests), a message that stops half way has its connection closed.
 */
class TcpConnectionTest {

    @EngineTest
    void idleConnectionStaysButAMessageThatStopsHalfWayIsCutOff(Database database) throws Exception {
        try (RegistrarHarness harness = new RegistrarHarness(
                database, b -> b.messageReadTimeout(Duration.ofMillis(500)))) {
            try (Socket idle = connect(harness)) {
                // Three times the read timeout without a byte: still open, and answered.
                Thread.sleep(1500);
                send(idle, options(idle));
                assertThat(readLine(idle)).isEqualTo("SIP/2.0 200 OK");
            }
            try (Socket slow = connect(harness)) {
                send(slow, "OPTIONS sip:registrar@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/TCP 127.0.0.1:"
                           + slow.getLocalPort() + ";branch=z9hG4bK1\r\n");

                assertThat(closedByPeer(slow)).isTrue();
            }
        }
    }

    private static Socket connect(RegistrarHarness harness) throws IOException {
        final Socket socket = new Socket(InetAddress.getLoopbackAddress(), harness.port());
        socket.setSoTimeout(5000);
        return socket;
    }

    private static void send(Socket socket, String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
    }

    private static String options(Socket socket) {
        return "OPTIONS sip:registrar@127.0.0.1 SIP/2.0\r\n"
               + "Via: SIP/2.0/TCP 127.0.0.1:" + socket.getLocalPort() + ";branch=z9hG4bK" + UUID.randomUUID() + "\r\n"
               + "Max-Forwards: 70\r\nFrom: <sip:probe@127.0.0.1>;tag=1\r\nTo: <sip:registrar@127.0.0.1>\r\n"
               + "Call-ID: " + UUID.randomUUID() + "\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n";
    }

    private static String readLine(Socket socket) throws IOException {
        final InputStream in = socket.getInputStream();
        final StringBuilder line = new StringBuilder();
        for (int next = in.read(); next >= 0 && next != '\n'; next = in.read()) {
            if (next != '\r') {
                line.append((char) next);
            }
        }
        return line.toString();
    }

    /** Whether the registrar closed the connection within the socket's timeout, answering nothing. */
    private static boolean closedByPeer(Socket socket) throws IOException {
        try {
            return socket.getInputStream().read() < 0;
        } catch (SocketException e) {
            // A reset closes it as well.
            return true;
        }
    }
}
