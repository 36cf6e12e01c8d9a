package io.deskprov.registrar;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.X509ExtendedKeyManager;

import gov.nist.core.net.DefaultNetworkLayer;
import gov.nist.core.net.NetworkLayer;
import gov.nist.javax.sip.SipStackImpl;

/**
 * The sockets of the stack's blocking transports, with TLS from the certs module's reloading key
 * manager, so a renewed certificate is served without a restart. The stack makes this class by
 * name and hands it only itself, so the key manager waits in a registry under an id that travels
 * among the stack's properties and is removed once the stack is made. Plain sockets are the
 * stack's defaults. Public only because the stack instantiates it; it is not API.
 *
 * <p>Connections we open to a phone (a check-sync to a TLS phone whose own connection closed)
 * trust what the JDK's trust store trusts; phones' factory certificates are not in it, so in
 * practice a TLS phone is reached over the connection it registered on.
 */
public final class TlsNetworkLayer implements NetworkLayer {
    static final String KEY_MANAGER_ID = "io.deskprov.registrar.KEY_MANAGER_ID";

    private static final int CONNECT_TIMEOUT_MILLIS = 8000;
    private static final Map<String, X509ExtendedKeyManager> registered = new ConcurrentHashMap<>();

    private final NetworkLayer plain = DefaultNetworkLayer.SINGLETON;
    private SSLContext context;

    public TlsNetworkLayer() {
        // Made by the stack; setSipStack follows at once.
    }

    /** Keeps the key manager for the stack about to be made, and returns the id to pass it by. */
    static String register(X509ExtendedKeyManager keyManager) {
        final String id = UUID.randomUUID().toString();
        registered.put(id, keyManager);
        return id;
    }

    static void unregister(String id) {
        registered.remove(id);
    }

    @Override
    public void setSipStack(SipStackImpl stack) {
        final String id = stack.getConfigurationProperties().getProperty(KEY_MANAGER_ID);
        final X509ExtendedKeyManager manager = id == null ? null : registered.get(id);
        if (manager == null) {
            throw new IllegalStateException(
                    KEY_MANAGER_ID + ": " + id + " (expected: the id of a registered key manager)");
        }
        try {
            final SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(new KeyManager[] {manager}, null, null);
            this.context = tls;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK offers no TLS context: " + e.getMessage(), e);
        }
    }

    @Override
    public SSLServerSocket createSSLServerSocket(int port, int backlog, InetAddress bindAddress) throws IOException {
        return (SSLServerSocket) context.getServerSocketFactory().createServerSocket(port, backlog, bindAddress);
    }

    @Override
    public SSLSocket createSSLSocket(InetAddress address, int port) throws IOException {
        return createSSLSocket(address, port, null);
    }

    @Override
    public SSLSocket createSSLSocket(InetAddress address, int port, InetAddress localAddress) throws IOException {
        final SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket();
        try {
            if (localAddress != null) {
                socket.bind(new InetSocketAddress(localAddress, 0));
            }
            socket.connect(new InetSocketAddress(address, port), CONNECT_TIMEOUT_MILLIS);
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog, InetAddress bindAddress) throws IOException {
        return plain.createServerSocket(port, backlog, bindAddress);
    }

    @Override
    public Socket createSocket(InetAddress address, int port) throws IOException {
        return plain.createSocket(address, port);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress) throws IOException {
        return plain.createSocket(address, port, localAddress);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return plain.createSocket(address, port, localAddress, localPort);
    }

    @Override
    public DatagramSocket createDatagramSocket() throws SocketException {
        return plain.createDatagramSocket();
    }

    @Override
    public DatagramSocket createDatagramSocket(int port, InetAddress localAddress) throws SocketException {
        return plain.createDatagramSocket(port, localAddress);
    }
}
