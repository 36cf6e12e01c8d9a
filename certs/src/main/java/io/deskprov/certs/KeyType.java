package io.deskprov.certs;

import java.security.InvalidAlgorithmParameterException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;

/**
 * The kinds of key pair we generate. ECDSA P-256 is the default; RSA is there because some phone
 * firmware can only handle RSA certificates.
 */
public enum KeyType {
    /** ECDSA on the NIST P-256 curve, signed with SHA-256. */
    EC_P256("EC", new ECGenParameterSpec("secp256r1"), "SHA256withECDSA"),
    /** RSA with a 2048-bit modulus, signed with SHA-256. */
    RSA_2048("RSA", new RSAKeyGenParameterSpec(2048, RSAKeyGenParameterSpec.F4), "SHA256withRSA"),
    /** RSA with a 3072-bit modulus, signed with SHA-256. */
    RSA_3072("RSA", new RSAKeyGenParameterSpec(3072, RSAKeyGenParameterSpec.F4), "SHA256withRSA");

    private final String algorithm;
    private final AlgorithmParameterSpec parameters;
    private final String signatureAlgorithm;

    KeyType(String algorithm, AlgorithmParameterSpec parameters, String signatureAlgorithm) {
        this.algorithm = algorithm;
        this.parameters = parameters;
        this.signatureAlgorithm = signatureAlgorithm;
    }

    /**
     * Generates a fresh key pair of this type.
     */
    public KeyPair generate(SecureRandom random) {
        try {
            final KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            generator.initialize(parameters, random);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException | InvalidAlgorithmParameterException e) {
            // Every Java 17 runtime ships both algorithms, so this is a broken installation.
            throw new IllegalStateException("the Java runtime cannot generate " + this + " keys", e);
        }
    }

    /**
     * Returns the JCA name of the signature algorithm that keys of the given algorithm sign with.
     *
     * @param keyAlgorithm {@code EC} or {@code RSA}, as {@link java.security.Key#getAlgorithm()}
     * @throws IllegalArgumentException for any other key algorithm
     */
    public static String signatureAlgorithmFor(String keyAlgorithm) {
        for (KeyType type : values()) {
            if (type.algorithm.equals(keyAlgorithm)) {
                return type.signatureAlgorithm;
            }
        }
        throw new IllegalArgumentException("keyAlgorithm: " + keyAlgorithm + " (expected EC or RSA)");
    }
}
