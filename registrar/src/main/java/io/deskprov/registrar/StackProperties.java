package io.deskprov.registrar;

import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.X509ExtendedKeyManager;

import org.jspecify.annotations.Nullable;

/** The NIST stack's properties for our settings (names from {@code gov.nist.javax.sip.SipStackImpl}). */
final class StackProperties {
    /** TLS 1.3 suites, then forward-secret TLS 1.2 suites for ECDSA and RSA keys. */
    private static final List<String> CIPHER_SUITES = List.of(
            "TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256",
            "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
            "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384");

    private static final int UDP_BUFFER_BYTES = 1 << 20;

    private static final AtomicInteger instances = new AtomicInteger();

    private StackProperties() {
    }

    static Properties of(RegistrarSettings settings, @Nullable X509ExtendedKeyManager keyManager) {
        final Properties properties = new Properties();
        properties.setProperty("javax.sip.STACK_NAME", "deskprov-registrar-" + instances.incrementAndGet());
        properties.setProperty("javax.sip.AUTOMATIC_DIALOG_SUPPORT", "off");
        // The stack consults a custom router for sip: URIs only when told to use it for all.
        properties.setProperty("javax.sip.ROUTER_PATH", SourceRouter.class.getName());
        properties.setProperty("javax.sip.USE_ROUTER_FOR_ALL_URIS", "true");
        properties.setProperty("gov.nist.javax.sip.STACK_LOGGER", Slf4jStackLogger.class.getName());
        properties.setProperty("gov.nist.javax.sip.TRACE_LEVEL", "0");
        properties.setProperty("gov.nist.javax.sip.LOG_MESSAGE_CONTENT", "false");
        properties.setProperty("gov.nist.javax.sip.THREAD_POOL_SIZE", "16");
        // A UDP transaction lingers 32 s after its answer to catch retransmissions; keeping only
        // the encoded request and response for that time, not their parsed objects, keeps the
        // heap the garbage collector must copy small.
        properties.setProperty("gov.nist.javax.sip.RELEASE_REFERENCES_STRATEGY", "Normal");
        properties.setProperty("gov.nist.javax.sip.REENTRANT_LISTENER", "true");
        properties.setProperty("gov.nist.javax.sip.MAX_MESSAGE_SIZE", String.valueOf(settings.maxMessageSize()));
        // Each TCP or TLS connection holds a thread of the stack's blocking transports.
        properties.setProperty("gov.nist.javax.sip.MAX_CONNECTIONS", String.valueOf(settings.maxConnections()));
        // Without it a client sending a message byte by byte would hold a connection's thread for ever.
        properties.setProperty("gov.nist.javax.sip.READ_TIMEOUT",
                               String.valueOf(settings.messageReadTimeout().toMillis()));
        // The stack asks for 64 KiB, some thirty REGISTERs: a garbage collection or a moment
        // without a core overflows it, and each lost packet costs the phone a 500 ms retransmission.
        // The kernel caps this at net.core.rmem_max / wmem_max.
        properties.setProperty("gov.nist.javax.sip.RECEIVE_UDP_BUFFER_SIZE", String.valueOf(UDP_BUFFER_BYTES));
        properties.setProperty("gov.nist.javax.sip.SEND_UDP_BUFFER_SIZE", String.valueOf(UDP_BUFFER_BYTES));
        properties.setProperty("gov.nist.javax.sip.MAX_SERVER_TRANSACTIONS", "100000");
        properties.setProperty("gov.nist.javax.sip.MAX_CLIENT_TRANSACTIONS", "100000");
        // Phones register without client certificates; devices are identified by digest.
        properties.setProperty("gov.nist.javax.sip.TLS_CLIENT_AUTH_TYPE", "Disabled");
        if (keyManager != null) {
            // The stack's own default list has only RSA suites of the last decade, so an ECDSA
            // certificate, our default, would match none of them.
            properties.setProperty("gov.nist.javax.sip.ENABLED_CIPHER_SUITES", String.join(" ", CIPHER_SUITES));
            properties.setProperty("gov.nist.javax.sip.TLS_CLIENT_PROTOCOLS", "TLSv1.2, TLSv1.3");
            properties.setProperty("gov.nist.javax.sip.SSL_HANDSHAKE_TIMEOUT", "10000");
            // The blocking transports, TCP's and TLS's, take their sockets from the network layer.
            // The stack's NIO transports would take a key manager too, but in jain-sip-ri 1.3.0-91
            // (the last release) they forget each outgoing connection as soon as it is made, open a
            // second one for the next message and close the first, and a check-sync over TCP then
            // sometimes never reached the phone. The price of the blocking ones: a thread for each
            // open connection.
            properties.setProperty("gov.nist.javax.sip.NETWORK_LAYER", TlsNetworkLayer.class.getName());
            properties.setProperty(TlsNetworkLayer.KEY_MANAGER_ID, TlsNetworkLayer.register(keyManager));
        }
        return properties;
    }
}
