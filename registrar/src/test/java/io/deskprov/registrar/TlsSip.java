package io.deskprov.registrar;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

import org.jspecify.annotations.Nullable;

/**
 * A phone's one TLS connection to the registrar, as phones keep it open: what it registers on is
 * also where the registrar's requests must reach it, for nothing listens on the phone's side.
 */
final class TlsSip implements SipPeer {
    private final SSLSocket socket;
    private final InputStream in;

    /** Connects to the registrar's TLS port, trusting only the CA that issued its certificate. */
    TlsSip(int registrarPort, X509Certificate ca) throws IOException, GeneralSecurityException {
        final KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        trusted.setCertificateEntry("ca", ca);
        final TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        final SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        this.socket = (SSLSocket) context.getSocketFactory().createSocket();
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), registrarPort), 5000);
        socket.startHandshake();
        this.in = socket.getInputStream();
    }

    @Override
    public int localPort() {
        return socket.getLocalPort();
    }

    @Override
    public String transport() {
        return "TLS";
    }

    @Override
    public void send(String message) throws IOException {
        socket.getOutputStream().write(message.getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
    }

    /** The next message within the wait (headers, then as many body bytes as Content-Length says), or null. */
    @Override
    public @Nullable String receive(int waitMillis) throws IOException {
        socket.setSoTimeout(waitMillis);
        try {
            final String head = readHead();
            if (head == null) {
                return null;
            }
            final String length = RawSip.header(head, "Content-Length");
            final int bodyLength = length == null ? 0 : Integer.parseInt(length.trim());
            return head + new String(in.readNBytes(bodyLength), StandardCharsets.UTF_8);
        } catch (SocketTimeoutException e) {
            return null;
        }
    }

    /** Up to and including the blank line after the headers; keep-alive CRLFs before a message are skipped. */
    private @Nullable String readHead() throws IOException {
        final ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            final int next = in.read();
            if (next < 0) {
                return null;
            }
            if (head.size() == 0 && (next == '\r' || next == '\n')) {
                continue;
            }
            head.write(next);
            matched = next == "\r\n\r\n".charAt(matched) ? matched + 1 : next == '\r' ? 1 : 0;
        }
        return head.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // Closing a test connection: nothing to do.
        }
    }
}
