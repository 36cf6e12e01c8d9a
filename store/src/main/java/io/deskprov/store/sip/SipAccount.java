package io.deskprov.store.sip;

import java.time.Instant;

/**
 * A SIP account of a workplace. Its secret is not part of this record: it is read on purpose,
 * through {@link SipAccountRepository#secret}.
 *
 * @param username the user part of the address-of-record, {@code username@domain}
 * @param authUsername the name used in digest authentication, often the same as {@code username}
 * @param displayName what the phone shows as its own name
 */
public record SipAccount(long id, long workplaceId, String username, String authUsername, String domain,
                         String displayName, Instant createdAt) {

    /** The address-of-record, such as {@code sip:4930123@pbx.example.com}. */
    public String aor() {
        return "sip:" + username + '@' + domain;
    }
}
