package io.deskprov.provisioning.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import io.deskprov.provisioning.DeviceCredentials;
import io.deskprov.store.company.DeviceAuthPolicy;
import io.deskprov.store.device.MacAddress;

/**
 * Decides whether a request proves it comes from the device it asks for, by client certificate
 * or provisioning password as the company's policy allows. An unknown device is checked against
 * a stand-in with the same hashing work, so that its answer and its timing match a wrong password.
 */
final class Authenticator {
    private static final String STAND_IN_USER = "\0unknown";
    // Cloned per use: looking an algorithm up through the providers costs more than hashing a password.
    private static final MessageDigest SHA_256 = prototype("SHA-256");
    private static final MessageDigest MD5 = prototype("MD5");

    private final String realm;
    private final Nonces nonces;
    private final String standInSecret;

    Authenticator(String realm, Nonces nonces) {
        this.realm = realm;
        this.nonces = nonces;
        this.standInSecret = nonces.issue();
    }

    /**
     * Checks the request against the device.
     *
     * @param certificateMac the MAC of the verified client certificate of the connection, if any
     * @param secure whether the request came over TLS; Basic credentials count only there
     */
    Outcome authenticate(String method, String target, @Nullable String authorization,
                         @Nullable MacAddress certificateMac, boolean secure, MacAddress mac,
                         Optional<DeviceCredentials> device) {
        if (certificateMac != null && !certificateMac.equals(mac)) {
            return Outcome.WRONG_CERTIFICATE;
        }
        final DeviceAuthPolicy policy = device.map(DeviceCredentials::policy)
                                              .orElse(DeviceAuthPolicy.PASSWORD_ONLY);
        if (certificateMac != null && device.isPresent() && policy != DeviceAuthPolicy.PASSWORD_ONLY) {
            return Outcome.AUTHENTICATED;
        }
        if (authorization == null) {
            return Outcome.CHALLENGE;
        }
        // A device that may not use its password is checked all the same, so that its answer
        // tells nothing about which devices exist or what their policy is.
        final boolean passwordAllowed = device.isPresent() && policy != DeviceAuthPolicy.CERTIFICATE_ONLY;
        final String username = device.map(DeviceCredentials::username).orElse(STAND_IN_USER);
        final String secret = device.map(DeviceCredentials::secret).orElse(standInSecret);
        final Outcome outcome = checkPassword(method, target, authorization, secure, username, secret);
        if (outcome == Outcome.AUTHENTICATED && !passwordAllowed) {
            return Outcome.FAILED;
        }
        return outcome;
    }

    private Outcome checkPassword(String method, String target, String authorization, boolean secure,
                                  String username, String secret) {
        if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return secure ? checkBasic(authorization.substring(6).trim(), username, secret) : Outcome.FAILED;
        }
        final DigestResponse digest = DigestResponse.parse(authorization);
        if (digest == null) {
            return Outcome.FAILED;
        }
        return checkDigest(method, target, digest, username, secret);
    }

    private static Outcome checkBasic(String encoded, String username, String secret) {
        final String expected = username + ':' + secret;
        final byte[] given;
        try {
            given = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            return Outcome.FAILED;
        }
        // Compared as digests so the time taken does not depend on where the bytes differ.
        final boolean equal = MessageDigest.isEqual(sha256(given), sha256(expected.getBytes(UTF_8)));
        return equal ? Outcome.AUTHENTICATED : Outcome.FAILED;
    }

    private Outcome checkDigest(String method, String target, DigestResponse digest, String username,
                                String secret) {
        final String algorithm = switch (digest.algorithm()) {
            case "MD5" -> "MD5";
            case "SHA-256" -> "SHA-256";
            default -> null;
        };
        if (algorithm == null || !digest.qop().equals("auth") || !digest.realm().equals(realm)
            || !digest.uri().equals(target)) {
            return Outcome.FAILED;
        }
        final String ha1 = hex(algorithm, username + ':' + realm + ':' + secret);
        final String ha2 = hex(algorithm, method + ':' + digest.uri());
        final String expected = hex(algorithm, ha1 + ':' + digest.nonce() + ':' + digest.nc() + ':'
                                               + digest.cnonce() + ":auth:" + ha2);
        final boolean userMatches = MessageDigest.isEqual(digest.username().getBytes(UTF_8), username.getBytes(UTF_8));
        final boolean responseMatches = MessageDigest.isEqual(expected.getBytes(UTF_8),
                                                              digest.response().getBytes(UTF_8));
        if (!userMatches || !responseMatches) {
            return Outcome.FAILED;
        }
        return switch (nonces.check(digest.nonce(), digest.nc())) {
            case VALID -> Outcome.AUTHENTICATED;
            case STALE -> Outcome.STALE;
            case INVALID -> Outcome.FAILED;
            case REPLAYED -> Outcome.REPLAYED;
        };
    }

    private static String hex(String algorithm, String text) {
        return HexFormat.of().formatHex(digest(algorithm, text.getBytes(UTF_8)));
    }

    private static byte[] sha256(byte[] bytes) {
        return digest("SHA-256", bytes);
    }

    private static byte[] digest(String algorithm, byte[] bytes) {
        final MessageDigest prototype = switch (algorithm) {
            case "SHA-256" -> SHA_256;
            case "MD5" -> MD5;
            default -> throw new IllegalArgumentException("digest algorithm: " + algorithm);
        };
        try {
            return ((MessageDigest) prototype.clone()).digest(bytes);
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's " + algorithm + " can be cloned", e);
        }
    }

    private static MessageDigest prototype(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has " + algorithm, e);
        }
    }

    /** The result of a check; each maps to one answer. */
    enum Outcome {
        /** Proven; serve the file. */
        AUTHENTICATED,
        /** No credentials yet: 401 with a challenge, not a failure. */
        CHALLENGE,
        /** A correct digest over an expired nonce: 401 with {@code stale=true}, not a failure. */
        STALE,
        /** Wrong, malformed or not allowed credentials, or an unknown device: 401, counted. */
        FAILED,
        /**
         * A right digest whose nonce count was used before: the 401 of a wrong password. Not
         * counted, since a phone that reuses its nonce without counting up would otherwise lock
         * out its own address; a replay gains an attacker nothing to count against.
         */
        REPLAYED,
        /** A client certificate of another device: 403, counted. */
        WRONG_CERTIFICATE
    }
}
