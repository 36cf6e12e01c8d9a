package io.deskprov.store;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How to reach the database. Made by {@link #builder(String)}, immutable afterwards.
 *
 * @param url the JDBC URL; its prefix decides the {@link Engine}
 * @param username the user, empty for none
 * @param password the password, empty for none; never logged
 * @param maxPoolSize the most connections this node holds
 * @param connectionTimeout how long a caller waits for a free connection
 */
public record DatabaseSettings(String url, String username, String password, int maxPoolSize,
                               Duration connectionTimeout) {

    public DatabaseSettings {
        requireNonNull(url, "url");
        requireNonNull(username, "username");
        requireNonNull(password, "password");
        requireNonNull(connectionTimeout, "connectionTimeout");
        Engine.ofUrl(url);
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("maxPoolSize: " + maxPoolSize + " (expected: >= 1)");
        }
        if (connectionTimeout.toMillis() < 250) {
            throw new IllegalArgumentException(
                    "connectionTimeout: " + connectionTimeout + " (expected: at least 250 ms)");
        }
    }

    /** Starts settings for the given JDBC URL with a pool of 10 and a 5 second wait. */
    public static Builder builder(String url) {
        return new Builder(url);
    }

    /** The engine the URL names. */
    public Engine engine() {
        return Engine.ofUrl(url);
    }

    /** The URL without its parameters, safe to log. */
    public String redactedUrl() {
        return Engine.redact(url);
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + redactedUrl() + ", username=" + username
                + ", maxPoolSize=" + maxPoolSize + ", connectionTimeout=" + connectionTimeout + ']';
    }

    /** Builds {@link DatabaseSettings}; each setter checks its value. */
    public static final class Builder {
        private final String url;
        private String username = "";
        private String password = "";
        private int maxPoolSize = 10;
        private Duration connectionTimeout = Duration.ofSeconds(5);

        private Builder(String url) {
            this.url = requireNonNull(url, "url");
        }

        public Builder username(String username) {
            this.username = requireNonNull(username, "username");
            return this;
        }

        public Builder password(String password) {
            this.password = requireNonNull(password, "password");
            return this;
        }

        public Builder maxPoolSize(int maxPoolSize) {
            this.maxPoolSize = maxPoolSize;
            return this;
        }

        public Builder connectionTimeout(Duration connectionTimeout) {
            this.connectionTimeout = requireNonNull(connectionTimeout, "connectionTimeout");
            return this;
        }

        public DatabaseSettings build() {
            return new DatabaseSettings(url, username, password, maxPoolSize, connectionTimeout);
        }
    }
}
