package io.deskprov.certs.internal;

import io.deskprov.certs.KeyType;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;

/**
 * Checks that a private key belongs to a public key.
 */
public final class KeyPairs {
    private static final SecureRandom random = new SecureRandom();

    private KeyPairs() {
    }

    /**
     * Returns whether {@code privateKey} makes signatures that {@code publicKey} verifies, which
     * works the same way for every key algorithm we support.
     */
    public static boolean matches(PrivateKey privateKey, PublicKey publicKey) {
        if (!privateKey.getAlgorithm().equals(publicKey.getAlgorithm())) {
            return false;
        }
        final byte[] challenge = new byte[32];
        random.nextBytes(challenge);
        try {
            final String algorithm = KeyType.signatureAlgorithmFor(privateKey.getAlgorithm());
            final Signature signer = Signature.getInstance(algorithm);
            signer.initSign(privateKey);
            signer.update(challenge);
            final Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(publicKey);
            verifier.update(challenge);
            return verifier.verify(signer.sign());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
