package io.deskprov.provisioning.testing;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Digest {@code Authorization} header computed by hand as RFC 7616 section 3.4.1 says, with
 * {@code qop=auth} and a fixed client nonce, so tests can choose the nonce count.
 */
public record DigestAnswer(String algorithm, String username, String password, String realm) {
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    /** The nonce of a {@code WWW-Authenticate: Digest ...} challenge. */
    public static String nonceOf(String challenge) {
        final Matcher matcher = NONCE.matcher(challenge);
        if (!matcher.find()) {
            throw new IllegalArgumentException("challenge without a nonce: " + challenge);
        }
        return matcher.group(1);
    }

    /** The header value for a request of {@code method} on {@code uri}, with nonce count {@code nc}. */
    public String header(String method, String uri, String nonce, int nc) {
        final String count = String.format("%08x", nc);
        final String ha1 = hex(username + ':' + realm + ':' + password);
        final String ha2 = hex(method + ':' + uri);
        final String response = hex(ha1 + ':' + nonce + ':' + count + ":c0ffee:auth:" + ha2);
        return "Digest username=\"" + username + "\", realm=\"" + realm + "\", nonce=\"" + nonce + "\", uri=\""
               + uri + "\", algorithm=" + algorithm + ", response=\"" + response + "\", qop=auth, nc=" + count
               + ", cnonce=\"c0ffee\"";
    }

    private String hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(text.getBytes(UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalArgumentException("algorithm: " + algorithm, e);
        }
    }
}
