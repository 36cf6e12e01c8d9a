package io.deskprov.portal.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random tokens and secrets, and the SHA-256 hashes that stand for tokens in the store. */
public final class Secrets {
    private static final SecureRandom random = new SecureRandom();
    // No look-alike characters (0/O, 1/l/I), since people type temporary passwords from a mail.
    private static final String READABLE = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final String SECRET = READABLE + "01IOlo";

    private Secrets() {
    }

    /** 256 random bits, base64url without padding: session cookies, CSRF and API tokens. */
    public static String token() {
        final byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A random secret of letters and digits, for SIP and provisioning passwords. */
    public static String secret(int length) {
        return pick(SECRET, length);
    }

    /** A random password that reads unambiguously, for temporary passwords. */
    public static String readable(int length) {
        return pick(READABLE, length);
    }

    public static String sha256(String value) {
        try {
            final byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Compares two hashes in time independent of where they differ. */
    public static boolean sameHash(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    private static String pick(String alphabet, int length) {
        final StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
