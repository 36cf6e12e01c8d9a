package io.deskprov.registrar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.ListIterator;
import java.util.Locale;
import java.util.Optional;

import javax.sip.header.AuthorizationHeader;
import javax.sip.message.Request;

import org.jspecify.annotations.Nullable;

import io.deskprov.registrar.Credentials.Credential;

/**
 * Checks the digest credentials of a request (RFC 3261 section 22, RFC 8760) against the SIP
 * accounts. Only {@code qop=auth} or no qop is accepted; a nonce-count must rise with each use of
 * a nonce, and a nonce used without qop is good for one request.
 */
final class DigestAuthenticator {
    /** What the credentials of a request amount to. */
    enum Verdict {
        /** Valid credentials. */
        ACCEPTED,
        /** No credentials for our realm: challenge, not a failure. */
        MISSING,
        /** Right password on an expired nonce: challenge again with {@code stale=true}. */
        STALE,
        /** A nonce we did not issue, say before a restart: challenge afresh, yet count it as a failure. */
        FOREIGN_NONCE,
        /** Wrong password, unknown user or a replayed nonce: a failure of the source address. */
        FAILED
    }

    record Result(Verdict verdict, @Nullable Credential credential, String reason) {
    }

    private final Credentials credentials;
    private final Nonces nonces;
    private final List<DigestAlgorithm> offered;

    DigestAuthenticator(Credentials credentials, Nonces nonces, List<DigestAlgorithm> offered) {
        this.credentials = credentials;
        this.nonces = nonces;
        this.offered = offered;
    }

    Result check(Request request, String realm) {
        final AuthorizationHeader authorization = authorizationFor(request, realm);
        if (authorization == null) {
            return new Result(Verdict.MISSING, null, "no credentials");
        }
        final Optional<DigestAlgorithm> algorithm = DigestAlgorithm.ofToken(authorization.getAlgorithm());
        if (algorithm.isEmpty() || !offered.contains(algorithm.get())) {
            return new Result(Verdict.MISSING, null, "algorithm not offered");
        }
        final String nonce = authorization.getNonce();
        final String username = authorization.getUsername();
        final String response = authorization.getResponse();
        if (nonce == null || username == null || response == null || authorization.getURI() == null) {
            return new Result(Verdict.FAILED, null, "incomplete credentials");
        }
        final Nonces.Check nonceCheck = nonces.check(nonce, realm);
        if (nonceCheck == Nonces.Check.FORGED) {
            return new Result(Verdict.FOREIGN_NONCE, null, "nonce not ours");
        }
        final Optional<Credential> credential = credentials.byAuth(realm, username);
        if (credential.isEmpty()) {
            return new Result(Verdict.FAILED, null, "unknown user");
        }

        final String qop = authorization.getQop();
        final String expected = expectedResponse(algorithm.get(), credential.get().secret(), authorization,
                                                 request.getMethod(), realm);
        if (expected == null || !constantTimeEquals(expected, response.toLowerCase(Locale.ROOT))) {
            return new Result(Verdict.FAILED, null, "wrong credentials");
        }
        if (nonceCheck == Nonces.Check.STALE) {
            return new Result(Verdict.STALE, null, "stale nonce");
        }
        final long count = qop == null ? 1 : nonceCount(authorization);
        if (!nonces.use(nonce, count)) {
            return new Result(Verdict.FAILED, null, "replayed nonce count");
        }
        return new Result(Verdict.ACCEPTED, credential.get(), "accepted");
    }

    private static @Nullable AuthorizationHeader authorizationFor(Request request, String realm) {
        final ListIterator<?> headers = request.getHeaders(AuthorizationHeader.NAME);
        while (headers.hasNext()) {
            final AuthorizationHeader header = (AuthorizationHeader) headers.next();
            if ("Digest".equalsIgnoreCase(header.getScheme()) && realm.equalsIgnoreCase(header.getRealm())) {
                return header;
            }
        }
        return null;
    }

    /** The response the client should have sent, or null when its qop or counts are unusable. */
    private static @Nullable String expectedResponse(DigestAlgorithm algorithm, String secret,
                                                     AuthorizationHeader authorization, String method,
                                                     String realm) {
        final String ha1 = algorithm.hex(authorization.getUsername(), realm, secret);
        final String ha2 = algorithm.hex(method, authorization.getURI().toString());
        final String qop = authorization.getQop();
        if (qop == null) {
            return algorithm.hex(ha1, authorization.getNonce(), ha2);
        }
        final String nc = authorization.getParameter("nc");
        final String cnonce = authorization.getCNonce();
        if (!"auth".equalsIgnoreCase(qop) || nc == null || cnonce == null || nonceCount(authorization) < 1) {
            return null;
        }
        return algorithm.hex(ha1, authorization.getNonce(), nc, cnonce, qop, ha2);
    }

    /** The nonce-count, eight hex digits (RFC 2617 section 3.2.2); -1 when unreadable. */
    private static long nonceCount(AuthorizationHeader authorization) {
        final String nc = authorization.getParameter("nc");
        if (nc == null || nc.length() != 8) {
            return -1;
        }
        try {
            return Long.parseLong(nc, 16);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
