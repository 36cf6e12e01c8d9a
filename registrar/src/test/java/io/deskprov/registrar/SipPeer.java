package io.deskprov.registrar;

import java.io.IOException;

import org.jspecify.annotations.Nullable;

/** A test peer that speaks SIP as plain text over one transport. */
interface SipPeer extends AutoCloseable {
    int localPort();

    /** The transport as a Via names it: UDP, TCP or TLS. */
    String transport();

    void send(String message) throws IOException;

    /** The next message within the wait, or null if none came. */
    @Nullable String receive(int waitMillis) throws IOException;

    /** Sends and returns the first final response (skipping 1xx), or null if none came in time. */
    default @Nullable String exchange(String message) throws IOException {
        send(message);
        for (String answer = receive(2000); answer != null; answer = receive(2000)) {
            if (!answer.startsWith("SIP/2.0 1")) {
                return answer;
            }
        }
        return null;
    }

    @Override
    void close();
}
