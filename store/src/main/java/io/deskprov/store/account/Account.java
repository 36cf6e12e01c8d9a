package io.deskprov.store.account;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A login. Password hashes are not part of it: they are read on purpose, through {@link
 * AccountRepository#passwordHash}.
 *
 * @param username always lower case, see {@link #normalizeUsername(String)}
 * @param lockedUntil until when logins are refused after too many failures, or null
 * @param passwordChangedAt when the password was last set, null before the first
 */
public record Account(long id, String username, String email, AccountState state, List<Role> roles,
                      int failedLogins, @Nullable Instant lockedUntil, @Nullable Instant passwordChangedAt,
                      Instant createdAt) {
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,63}");

    public Account {
        roles = List.copyOf(roles);
    }

    /** Whether logins are refused at {@code now} because of earlier failures. */
    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * The stored form of a username: trimmed and in lower case, so that {@code Erika} and
     * {@code erika} are one account.
     *
     * @throws IllegalArgumentException if it is not 3 to 64 letters, digits or {@code . _ @ -}
     */
    public static String normalizeUsername(String username) {
        requireNonNull(username, "username");
        final String normalized = username.trim().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(normalized).matches()) {
            throw new IllegalArgumentException("username: " + username
                    + " (expected: 3 to 64 letters, digits or . _ @ -, starting with a letter or digit)");
        }
        return normalized;
    }
}
