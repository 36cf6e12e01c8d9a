package io.deskprov.provisioning.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The parameters of an {@code Authorization: Digest ...} header (RFC 7616 section 3.4). Parsing
 * is strict: a header that does not parse is treated as a failed login, not guessed at.
 */
record DigestResponse(String username, String realm, String nonce, String uri, String response,
                      String algorithm, String qop, String nc, String cnonce) {

    /** The parameters, or null when the header is malformed or lacks one the server needs. */
    static @Nullable DigestResponse parse(String header) {
        if (!header.regionMatches(true, 0, "Digest ", 0, 7)) {
            return null;
        }
        final Map<String, String> params = params(header.substring(7));
        if (params == null) {
            return null;
        }
        final String username = params.get("username");
        final String realm = params.get("realm");
        final String nonce = params.get("nonce");
        final String uri = params.get("uri");
        final String response = params.get("response");
        final String qop = params.get("qop");
        final String nc = params.get("nc");
        final String cnonce = params.get("cnonce");
        if (username == null || realm == null || nonce == null || uri == null || response == null
            || qop == null || nc == null || cnonce == null) {
            return null;
        }
        final String algorithm = params.getOrDefault("algorithm", "MD5").toUpperCase(Locale.ROOT);
        return new DigestResponse(username, realm, nonce, uri, response, algorithm, qop, nc, cnonce);
    }

    private static @Nullable Map<String, String> params(String text) {
        final Map<String, String> params = new HashMap<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == ',')) {
                i++;
            }
            final int equals = text.indexOf('=', i);
            if (equals < 0) {
                return i >= text.length() ? params : null;
            }
            final String name = text.substring(i, equals).trim().toLowerCase(Locale.ROOT);
            i = equals + 1;
            final StringBuilder value = new StringBuilder();
            if (i < text.length() && text.charAt(i) == '"') {
                i++;
                while (i < text.length() && text.charAt(i) != '"') {
                    if (text.charAt(i) == '\\' && i + 1 < text.length()) {
                        i++;
                    }
                    value.append(text.charAt(i++));
                }
                if (i >= text.length()) {
                    return null;
                }
                i++;
            } else {
                while (i < text.length() && text.charAt(i) != ',') {
                    value.append(text.charAt(i++));
                }
            }
            if (params.put(name, value.toString().trim()) != null) {
                return null;
            }
        }
        return params;
    }
}
