package io.deskprov.provisioning.internal;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;

/**
 * The 401 answer. It is the same, header for header and byte for byte, whatever the reason
 * (unknown MAC, wrong password, no credentials, a device whose policy wants a certificate), so
 * that it tells nobody which devices exist; only the nonce differs between two answers.
 */
final class Challenges {
    private final String realm;
    private final Nonces nonces;

    Challenges(String realm, Nonces nonces) {
        this.realm = realm;
        this.nonces = nonces;
    }

    /**
     * A challenge offering Digest with SHA-256 first, then MD5 for older firmware (RFC 7616
     * section 3.7, https://datatracker.ietf.org/doc/html/rfc7616#section-3.7), over one nonce, so
     * a client that reads only one of them still answers correctly; and Basic over TLS only.
     *
     * @param stale whether to tell the client its nonce expired while its credentials were right
     */
    Reply challenge(boolean secure, boolean stale) {
        final String nonce = nonces.issue();
        final String staleParam = stale ? ", stale=true" : "";
        final Reply reply = Reply.status(HttpResponseStatus.UNAUTHORIZED)
                .addHeader(HttpHeaderNames.WWW_AUTHENTICATE, digest("SHA-256", nonce) + staleParam)
                .addHeader(HttpHeaderNames.WWW_AUTHENTICATE, digest("MD5", nonce) + staleParam);
        if (secure) {
            reply.addHeader(HttpHeaderNames.WWW_AUTHENTICATE, "Basic realm=\"" + realm + "\", charset=\"UTF-8\"");
        }
        return reply;
    }

    private String digest(String algorithm, String nonce) {
        return "Digest realm=\"" + realm + "\", qop=\"auth\", algorithm=" + algorithm + ", nonce=\"" + nonce + '"';
    }
}
