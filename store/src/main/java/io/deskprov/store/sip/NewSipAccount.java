package io.deskprov.store.sip;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * A SIP account to add to a workplace. The domain is kept in lower case, since SIP compares host
 * names without regard to case.
 *
 * @param secret the digest password in clear; sealed before storing
 */
public record NewSipAccount(long workplaceId, String username, String authUsername, String domain,
                            String displayName, String secret) {
    private static final int MIN_SECRET = 12;

    public NewSipAccount {
        requireNonNull(username, "username");
        requireNonNull(authUsername, "authUsername");
        requireNonNull(domain, "domain");
        requireNonNull(displayName, "displayName");
        requireNonNull(secret, "secret");
        domain = domain.toLowerCase(Locale.ROOT);
        checkUsername(username);
        if (authUsername.isBlank()) {
            throw new IllegalArgumentException("authUsername: must not be blank");
        }
        if (domain.isBlank() || domain.contains("@") || domain.contains(":")) {
            throw new IllegalArgumentException(
                    "domain: '" + domain + "' (expected: a host name such as pbx.example.com)");
        }
        checkSecret(secret);
    }

    /**
     * Checks the user part of an address-of-record.
     *
     * @throws IllegalArgumentException if it is blank or holds an @
     */
    static void checkUsername(String username) {
        if (username.isBlank() || username.contains("@")) {
            throw new IllegalArgumentException(
                    "username: '" + username + "' (expected: a SIP user part without @)");
        }
    }

    /**
     * Checks a digest password before it is sealed.
     *
     * @throws IllegalArgumentException if it is shorter than 12 characters
     */
    static void checkSecret(String secret) {
        if (secret.length() < MIN_SECRET) {
            throw new IllegalArgumentException(
                    "secret: too short (expected: at least " + MIN_SECRET + " characters)");
        }
    }

    @Override
    public String toString() {
        // The secret stays out of every log line that prints this record.
        return "NewSipAccount[workplaceId=" + workplaceId + ", username=" + username + ", authUsername="
               + authUsername + ", domain=" + domain + ", displayName=" + displayName + ']';
    }
}
