package io.deskprov.registrar;

import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.X509ExtendedKeyManager;

import org.jspecify.annotations.Nullable;

/** The NIST stack's properties for our settings (names from {@code gov.nist.javax.sip.SipStackImpl}). */
final class StackProperties {
    private static final AtomicInteger instances = new AtomicInteger();

    private StackProperties() {
    }

    static Properties of(RegistrarSettings settings, @Nullable X509ExtendedKeyManager keyManager) {
        final Properties properties = new Properties();
        properties.setProperty("javax.sip.STACK_NAME", "deskprov-registrar-" + instances.incrementAndGet());
        properties.setProperty("javax.sip.AUTOMATIC_DIALOG_SUPPORT", "off");
        properties.setProperty("gov.nist.javax.sip.STACK_LOGGER", Slf4jStackLogger.class.getName());
        properties.setProperty("gov.nist.javax.sip.TRACE_LEVEL", "0");
        properties.setProperty("gov.nist.javax.sip.LOG_MESSAGE_CONTENT", "false");
        properties.setProperty("gov.nist.javax.sip.THREAD_POOL_SIZE", "16");
        properties.setProperty("gov.nist.javax.sip.REENTRANT_LISTENER", "true");
        properties.setProperty("gov.nist.javax.sip.MAX_MESSAGE_SIZE", String.valueOf(settings.maxMessageSize()));
        properties.setProperty("gov.nist.javax.sip.MAX_SERVER_TRANSACTIONS", "100000");
        properties.setProperty("gov.nist.javax.sip.MAX_CLIENT_TRANSACTIONS", "100000");
        // Phones register without client certificates; devices are identified by digest.
        properties.setProperty("gov.nist.javax.sip.TLS_CLIENT_AUTH_TYPE", "Disabled");
        if (keyManager != null) {
            properties.setProperty("gov.nist.javax.sip.SECURITY_MANAGER_PROVIDER", TlsKeyProvider.class.getName());
            properties.put(TlsKeyProvider.KEY_MANAGER, keyManager);
        }
        return properties;
    }
}
