package io.deskprov.registrar;

import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import javax.net.ssl.KeyManager;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedKeyManager;

import gov.nist.core.net.SecurityManagerProvider;

/**
 * Hands the stack's TLS listener the certs module's reloading key manager. The stack creates the
 * provider by class name and passes it only the string values of its properties, so the key
 * manager waits in a registry under an id that travels as a property, and is removed when the
 * registrar stops. Phones are not asked for client certificates
 * ({@code TLS_CLIENT_AUTH_TYPE=Disabled}), so no trust managers are needed. Public only because
 * the stack instantiates it; it is not API.
 */
public final class TlsKeyProvider implements SecurityManagerProvider {
    static final String KEY_MANAGER_ID = "io.deskprov.registrar.KEY_MANAGER_ID";

    private static final Map<String, X509ExtendedKeyManager> registered = new ConcurrentHashMap<>();

    private KeyManager[] keyManagers = new KeyManager[0];

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
    public void init(Properties properties) {
        final String id = properties.getProperty(KEY_MANAGER_ID);
        final X509ExtendedKeyManager manager = id == null ? null : registered.get(id);
        if (manager == null) {
            throw new IllegalStateException(
                    KEY_MANAGER_ID + ": " + id + " (expected: the id of a registered key manager)");
        }
        keyManagers = new KeyManager[] {manager};
    }

    @Override
    public KeyManager[] getKeyManagers(boolean client) {
        return keyManagers.clone();
    }

    @Override
    public TrustManager[] getTrustManagers(boolean client) {
        return new TrustManager[0];
    }
}
