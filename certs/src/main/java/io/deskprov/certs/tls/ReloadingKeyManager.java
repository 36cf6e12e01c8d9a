package io.deskprov.certs.tls;

import java.net.Socket;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;
import org.jspecify.annotations.Nullable;

/**
 * A key manager with one entry, the current material of a {@link ReloadingKeyMaterial}.
 *
 * <p>The alias names the generation of the material, because the JDK first chooses an alias and
 * then asks for its key and chain: were the files reloaded in between, it still gets a key and
 * chain that belong together.
 */
final class ReloadingKeyManager extends X509ExtendedKeyManager {
    private static final String ALIAS_PREFIX = "deskprov-";

    private final ReloadingKeyMaterial material;

    ReloadingKeyManager(ReloadingKeyMaterial material) {
        this.material = material;
    }

    @Override
    public String @Nullable [] getClientAliases(String keyType, Principal @Nullable [] issuers) {
        final String alias = chooseAlias(keyType);
        return alias == null ? null : new String[] {alias};
    }

    @Override
    public @Nullable String chooseClientAlias(String[] keyTypes, Principal @Nullable [] issuers,
                                              @Nullable Socket socket) {
        for (String keyType : keyTypes) {
            final String alias = chooseAlias(keyType);
            if (alias != null) {
                return alias;
            }
        }
        return null;
    }

    @Override
    public @Nullable String chooseEngineClientAlias(String[] keyTypes, Principal @Nullable [] issuers,
                                                    @Nullable SSLEngine engine) {
        return chooseClientAlias(keyTypes, issuers, null);
    }

    @Override
    public String @Nullable [] getServerAliases(String keyType, Principal @Nullable [] issuers) {
        return getClientAliases(keyType, issuers);
    }

    @Override
    public @Nullable String chooseServerAlias(String keyType, Principal @Nullable [] issuers,
                                              @Nullable Socket socket) {
        return chooseAlias(keyType);
    }

    @Override
    public @Nullable String chooseEngineServerAlias(String keyType, Principal @Nullable [] issuers,
                                                    @Nullable SSLEngine engine) {
        return chooseAlias(keyType);
    }

    @Override
    public X509Certificate @Nullable [] getCertificateChain(String alias) {
        final ReloadingKeyMaterial.Generation generation = generation(alias);
        return generation == null ? null : generation.material().chain().toArray(new X509Certificate[0]);
    }

    @Override
    public @Nullable PrivateKey getPrivateKey(String alias) {
        final ReloadingKeyMaterial.Generation generation = generation(alias);
        return generation == null ? null : generation.material().privateKey();
    }

    // Key types are "EC" or "RSA", and for TLS 1.2 also "EC_EC" or "EC_RSA" (key, then signer).
    private @Nullable String chooseAlias(String keyType) {
        final ReloadingKeyMaterial.Generation generation = material.currentGeneration();
        final String algorithm = generation.material().privateKey().getAlgorithm();
        if (!keyType.equals(algorithm) && !keyType.startsWith(algorithm + "_")) {
            return null;
        }
        return ALIAS_PREFIX + generation.number();
    }

    private ReloadingKeyMaterial.@Nullable Generation generation(String alias) {
        if (!alias.startsWith(ALIAS_PREFIX)) {
            return null;
        }
        final long number;
        try {
            number = Long.parseLong(alias.substring(ALIAS_PREFIX.length()));
        } catch (NumberFormatException e) {
            return null;
        }
        final ReloadingKeyMaterial.Generation generation = material.generation(number);
        return generation.number() == number ? generation : null;
    }
}
