package io.deskprov.registrar;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.deskprov.store.sip.SipAccount;

/**
 * A phone registering one account over a {@link SipPeer}, computing digests itself (not with the
 * registrar's code, so a shared mistake cannot hide).
 */
final class TestPhone {
    final SipPeer sip;
    final SipAccount account;
    final String password;
    final String callId = UUID.randomUUID().toString();
    String userAgent = "Yealink SIP-T46U 108.86.0.75";
    String algorithm = "MD5";
    long cseq;
    int nc;
    @Nullable String nonce;

    TestPhone(SipPeer sip, SipAccount account, String password) {
        this.sip = sip;
        this.account = account;
        this.password = password;
    }

    String contact() {
        final String transport = "UDP".equals(sip.transport()) ? ""
                                 : ";transport=" + sip.transport().toLowerCase(Locale.ROOT);
        return "<sip:" + account.username() + "@127.0.0.1:" + sip.localPort() + transport + ">";
    }

    /** REGISTER without credentials. */
    String register(String contactLine, @Nullable Integer expires) {
        cseq++;
        return "REGISTER sip:" + account.domain() + " SIP/2.0\r\n"
               + "Via: SIP/2.0/" + sip.transport() + " 127.0.0.1:" + sip.localPort()
               + ";branch=z9hG4bK" + UUID.randomUUID() + "\r\n"
               + "Max-Forwards: 70\r\n"
               + "From: <" + account.aor() + ">;tag=" + callId.substring(0, 8) + "\r\n"
               + "To: <" + account.aor() + ">\r\n"
               + "Call-ID: " + callId + "\r\n"
               + "CSeq: " + cseq + " REGISTER\r\n"
               + (contactLine.isEmpty() ? "" : "Contact: " + contactLine + "\r\n")
               + (expires == null ? "" : "Expires: " + expires + "\r\n")
               + "User-Agent: " + userAgent + "\r\n"
               + "Content-Length: 0\r\n\r\n";
    }

    /** REGISTER answering the last challenge, with the next nonce-count. */
    String registerWithAuth(String contactLine, @Nullable Integer expires, String secret) {
        final String plain = register(contactLine, expires);
        nc++;
        final String authorization = authorization(secret, String.format("%08x", nc));
        return plain.replace("Content-Length: 0", "Authorization: " + authorization + "\r\nContent-Length: 0");
    }

    String authorization(String secret, String ncHex) {
        final String uri = "sip:" + account.domain();
        final String cnonce = "c0ffee";
        final String ha1 = hash(account.authUsername() + ':' + account.domain() + ':' + secret);
        final String ha2 = hash("REGISTER:" + uri);
        final String response = hash(ha1 + ':' + nonce + ':' + ncHex + ':' + cnonce + ":auth:" + ha2);
        return "Digest username=\"" + account.authUsername() + "\", realm=\"" + account.domain() + "\", nonce=\""
               + nonce + "\", uri=\"" + uri + "\", response=\"" + response + "\", algorithm=" + algorithm
               + ", qop=auth, nc=" + ncHex + ", cnonce=\"" + cnonce + '"';
    }

    /** Sends a plain REGISTER and keeps the nonce of the challenge of our algorithm. */
    int challenge(String contactLine, @Nullable Integer expires) throws IOException {
        final String answer = sip.exchange(register(contactLine, expires));
        takeNonce(answer);
        return RawSip.status(answer);
    }

    void takeNonce(@Nullable String answer) {
        if (answer == null) {
            return;
        }
        for (String line : answer.split("\r\n")) {
            if (line.startsWith("WWW-Authenticate:") && line.contains("algorithm=" + algorithm)) {
                nonce = RawSip.param(line, "nonce");
                nc = 0;
            }
        }
    }

    /** Challenge, then answer it: the answer to the authenticated REGISTER. */
    @Nullable String registerFully(String contactLine, @Nullable Integer expires) throws IOException {
        challenge(contactLine, expires);
        return sip.exchange(registerWithAuth(contactLine, expires, password));
    }

    private String hash(String text) {
        try {
            final MessageDigest digest = MessageDigest.getInstance("MD5".equals(algorithm) ? "MD5" : "SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
