package io.deskprov.registrar;

import java.util.Properties;

import javax.net.ssl.KeyManager;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedKeyManager;

import gov.nist.core.net.SecurityManagerProvider;

/**
 * Hands the stack's TLS listener the certs module's reloading key manager. The stack creates the
 * provider by class name, so the key manager travels to it as an object in the stack properties
 * (a {@link Properties} is a {@code Hashtable} and carries any value). Phones are not asked for
 * client certificates ({@code TLS_CLIENT_AUTH_TYPE=Disabled}), so no trust managers are needed.
 * Public only because the stack instantiates it; it is not API.
 */
public final class TlsKeyProvider implements SecurityManagerProvider {
    static final String KEY_MANAGER = "io.deskprov.registrar.KEY_MANAGER";

    private KeyManager[] keyManagers = new KeyManager[0];

    @Override
    public void init(Properties properties) {
        final Object keyManager = properties.get(KEY_MANAGER);
        if (!(keyManager instanceof X509ExtendedKeyManager manager)) {
            throw new IllegalStateException(KEY_MANAGER + ": " + keyManager + " (expected: an X509ExtendedKeyManager)");
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
