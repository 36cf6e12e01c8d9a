package io.deskprov.registrar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** The digest algorithms the registrar offers in challenges (RFC 3261, RFC 8760). */
public enum DigestAlgorithm {
    MD5("MD5", "MD5"),
    SHA_256("SHA-256", "SHA-256");

    private final String token;
    private final String jdkName;
    /** Per thread, since a MessageDigest is not thread-safe and each REGISTER needs three. */
    private final ThreadLocal<MessageDigest> digests = ThreadLocal.withInitial(this::newDigest);

    DigestAlgorithm(String token, String jdkName) {
        this.token = token;
        this.jdkName = jdkName;
    }

    /** The name used in the {@code algorithm} parameter. */
    public String token() {
        return token;
    }

    /** The algorithm a parameter names; an absent parameter means MD5 (RFC 2617 section 3.2.1). */
    static Optional<DigestAlgorithm> ofToken(@Nullable String token) {
        if (token == null || token.isEmpty()) {
            return Optional.of(MD5);
        }
        for (DigestAlgorithm algorithm : values()) {
            if (algorithm.token.equals(token.toUpperCase(Locale.ROOT))) {
                return Optional.of(algorithm);
            }
        }
        return Optional.empty();
    }

    /** The lower-case hex digest of the parts joined by colons. */
    String hex(String... parts) {
        final MessageDigest digest = digests.get();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                digest.update((byte) ':');
            }
            digest.update(parts[i].getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance(jdkName);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks " + jdkName + ", which every Java 17 has", e);
        }
    }
}
