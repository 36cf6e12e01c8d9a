package io.deskprov.portal.mail;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Where mail goes. Immutable; made with {@link #builder()}. The default writes each mail as an
 * .eml file into {@code ./data/mail}, which suits a single node without a mail server.
 */
public final class MailSettings {
    /** How the SMTP connection is protected. */
    public enum Security {
        /** No TLS, for a relay on the same host or a test server. */
        PLAIN,
        /** Plain connection upgraded with STARTTLS, which must succeed (usually port 587). */
        STARTTLS,
        /** TLS from the first byte (usually port 465). */
        TLS
    }

    private final @Nullable Path directory;
    private final String host;
    private final int port;
    private final Security security;
    private final @Nullable String username;
    private final @Nullable String password;
    private final String from;
    private final Duration pollInterval;
    private final Duration maxBackoff;

    private MailSettings(Builder b) {
        directory = b.directory;
        host = b.host;
        port = b.port;
        security = b.security;
        username = b.username;
        password = b.password;
        from = b.from;
        pollInterval = b.pollInterval;
        maxBackoff = b.maxBackoff;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The directory .eml files go to, or null when mail goes over SMTP. */
    public @Nullable Path directory() {
        return directory;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public Security security() {
        return security;
    }

    public @Nullable String username() {
        return username;
    }

    /** The SMTP password; never logged. */
    public @Nullable String password() {
        return password;
    }

    public String from() {
        return from;
    }

    public Duration pollInterval() {
        return pollInterval;
    }

    public Duration maxBackoff() {
        return maxBackoff;
    }

    @Override
    public String toString() {
        // The password stays out of every log line that prints the settings.
        return directory != null ? "MailSettings[directory=" + directory + ']'
                                 : "MailSettings[smtp=" + host + ':' + port + ", security=" + security
                                   + ", username=" + username + ", from=" + from + ']';
    }

    /** Collects settings; each setter checks its value. */
    public static final class Builder {
        private @Nullable Path directory = Path.of("data", "mail");
        private String host = "localhost";
        private int port = 25;
        private Security security = Security.STARTTLS;
        private @Nullable String username;
        private @Nullable String password;
        private String from = "deskprov@localhost";
        private Duration pollInterval = Duration.ofSeconds(10);
        private Duration maxBackoff = Duration.ofHours(1);

        private Builder() {
        }

        /** Writes mails as .eml files into the directory instead of sending them. */
        public Builder directory(Path directory) {
            this.directory = requireNonNull(directory, "directory");
            return this;
        }

        /** Sends over SMTP; the credentials are optional, both or neither. */
        public Builder smtp(String host, int port, Security security, @Nullable String username,
                            @Nullable String password) {
            requireNonNull(host, "host");
            requireNonNull(security, "security");
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("port: " + port + " (expected: 1 to 65535)");
            }
            if ((username == null) != (password == null)) {
                throw new IllegalArgumentException("username and password: give both or neither");
            }
            this.directory = null;
            this.host = host;
            this.port = port;
            this.security = security;
            this.username = username;
            this.password = password;
            return this;
        }

        /** The sender address; default {@code deskprov@localhost}. */
        public Builder from(String from) {
            requireNonNull(from, "from");
            if (!from.contains("@")) {
                throw new IllegalArgumentException("from: " + from + " (expected: an address such as a@example.com)");
            }
            this.from = from;
            return this;
        }

        /** How often the outbox is looked at, and the longest wait between two tries of one mail. */
        public Builder timing(Duration pollInterval, Duration maxBackoff) {
            this.pollInterval = requireNonNull(pollInterval, "pollInterval");
            this.maxBackoff = requireNonNull(maxBackoff, "maxBackoff");
            if (pollInterval.isZero() || pollInterval.isNegative() || maxBackoff.compareTo(pollInterval) < 0) {
                throw new IllegalArgumentException("pollInterval " + pollInterval + ", maxBackoff " + maxBackoff
                                                   + " (expected: 0 < pollInterval <= maxBackoff)");
            }
            return this;
        }

        public MailSettings build() {
            return new MailSettings(this);
        }
    }
}
