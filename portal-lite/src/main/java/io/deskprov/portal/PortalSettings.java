package io.deskprov.portal;

import static java.util.Objects.requireNonNull;

import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;

import io.deskprov.portal.auth.SessionLifetime;
import io.deskprov.portal.mail.MailSettings;

/** How the portal listens, keeps sessions, throttles and mails. Immutable; made with {@link #builder()}. */
public final class PortalSettings {
    private final InetSocketAddress address;
    private final Duration sessionIdleTimeout;
    private final Duration sessionMaxLifetime;
    private final int maxFailedLogins;
    private final Duration lockoutDuration;
    private final ThrottleLimit loginsPerAddress;
    private final ThrottleLimit passwordRequestsPerUsername;
    private final ThrottleLimit passwordRequestsPerAddress;
    private final Duration temporaryPasswordValidity;
    private final int maxBodyBytes;
    private final URI baseUrl;
    private final URI provisioningUrl;
    private final String sipDomain;
    private final Duration orderPollInterval;
    private final int orderMaxAttempts;
    private final Duration orderFirstRetry;
    private final Duration sessionSweepInterval;
    private final int workerThreads;
    private final MailSettings mail;

    private PortalSettings(Builder b) {
        address = b.address;
        sessionIdleTimeout = b.sessionIdleTimeout;
        sessionMaxLifetime = b.sessionMaxLifetime;
        maxFailedLogins = b.maxFailedLogins;
        lockoutDuration = b.lockoutDuration;
        loginsPerAddress = b.loginsPerAddress;
        passwordRequestsPerUsername = b.passwordRequestsPerUsername;
        passwordRequestsPerAddress = b.passwordRequestsPerAddress;
        temporaryPasswordValidity = b.temporaryPasswordValidity;
        maxBodyBytes = b.maxBodyBytes;
        baseUrl = b.baseUrl;
        provisioningUrl = b.provisioningUrl;
        sipDomain = b.sipDomain;
        orderPollInterval = b.orderPollInterval;
        orderMaxAttempts = b.orderMaxAttempts;
        orderFirstRetry = b.orderFirstRetry;
        sessionSweepInterval = b.sessionSweepInterval;
        workerThreads = b.workerThreads;
        mail = b.mail;
    }

    /** A builder holding the defaults, described on each setter. */
    public static Builder builder() {
        return new Builder();
    }

    public InetSocketAddress address() {
        return address;
    }

    public Duration sessionIdleTimeout() {
        return sessionIdleTimeout;
    }

    /** How long a session lasts after login at most, however active it is. */
    public Duration sessionMaxLifetime() {
        return sessionMaxLifetime;
    }

    /** The idle timeout and the most a session lasts, together. */
    public SessionLifetime sessionLifetime() {
        return new SessionLifetime(sessionIdleTimeout, sessionMaxLifetime);
    }

    public int maxFailedLogins() {
        return maxFailedLogins;
    }

    public Duration lockoutDuration() {
        return lockoutDuration;
    }

    public ThrottleLimit loginsPerAddress() {
        return loginsPerAddress;
    }

    public ThrottleLimit passwordRequestsPerUsername() {
        return passwordRequestsPerUsername;
    }

    public ThrottleLimit passwordRequestsPerAddress() {
        return passwordRequestsPerAddress;
    }

    public Duration temporaryPasswordValidity() {
        return temporaryPasswordValidity;
    }

    public int maxBodyBytes() {
        return maxBodyBytes;
    }

    public URI baseUrl() {
        return baseUrl;
    }

    public URI provisioningUrl() {
        return provisioningUrl;
    }

    public String sipDomain() {
        return sipDomain;
    }

    public Duration orderPollInterval() {
        return orderPollInterval;
    }

    public int orderMaxAttempts() {
        return orderMaxAttempts;
    }

    public Duration orderFirstRetry() {
        return orderFirstRetry;
    }

    public Duration sessionSweepInterval() {
        return sessionSweepInterval;
    }

    public int workerThreads() {
        return workerThreads;
    }

    public MailSettings mail() {
        return mail;
    }

    /** The first-login page a new account's mail links to. */
    public String firstLoginLink(String username) {
        return baseUrl.resolve("/first-login?username=" + username).toString();
    }

    /** Collects settings; each setter checks its value. */
    public static final class Builder {
        private InetSocketAddress address = new InetSocketAddress(8443);
        private Duration sessionIdleTimeout = Duration.ofMinutes(30);
        private Duration sessionMaxLifetime = Duration.ofHours(12);
        private int maxFailedLogins = 5;
        private Duration lockoutDuration = Duration.ofMinutes(15);
        private ThrottleLimit loginsPerAddress = new ThrottleLimit(30, Duration.ofMinutes(1));
        private ThrottleLimit passwordRequestsPerUsername = new ThrottleLimit(3, Duration.ofHours(1));
        private ThrottleLimit passwordRequestsPerAddress = new ThrottleLimit(20, Duration.ofHours(1));
        private Duration temporaryPasswordValidity = Duration.ofHours(24);
        private int maxBodyBytes = 64 * 1024;
        private URI baseUrl = URI.create("https://localhost:8443/");
        private URI provisioningUrl = URI.create("https://localhost:8444/");
        private String sipDomain = "sip.localdomain";
        private Duration orderPollInterval = Duration.ofSeconds(30);
        private int orderMaxAttempts = 5;
        private Duration orderFirstRetry = Duration.ofMinutes(1);
        private Duration sessionSweepInterval = Duration.ofMinutes(5);
        private int workerThreads = 8;
        private MailSettings mail = MailSettings.builder().build();

        private Builder() {
        }

        /** Where to listen; default every address, port 8443; port 0 picks a free one. */
        public Builder address(InetSocketAddress address) {
            this.address = requireNonNull(address, "address");
            return this;
        }

        /** How long a session lasts without requests; default 30 minutes. */
        public Builder sessionIdleTimeout(Duration timeout) {
            this.sessionIdleTimeout = positive("sessionIdleTimeout", timeout);
            return this;
        }

        /** How long a session lasts after login at most, however active it is; default 12 hours. */
        public Builder sessionMaxLifetime(Duration lifetime) {
            this.sessionMaxLifetime = positive("sessionMaxLifetime", lifetime);
            return this;
        }

        /** Failed logins in a row that lock an account, and for how long; default 5 for 15 minutes. */
        public Builder lockout(int maxFailedLogins, Duration duration) {
            if (maxFailedLogins < 1) {
                throw new IllegalArgumentException("maxFailedLogins: " + maxFailedLogins + " (expected: >= 1)");
            }
            this.maxFailedLogins = maxFailedLogins;
            this.lockoutDuration = positive("lockoutDuration", duration);
            return this;
        }

        /** Login attempts per client address; default 30 a minute. */
        public Builder loginsPerAddress(ThrottleLimit limit) {
            this.loginsPerAddress = requireNonNull(limit, "limit");
            return this;
        }

        /** Temporary password requests per username and per address; default 3 and 20 an hour. */
        public Builder passwordRequests(ThrottleLimit perUsername, ThrottleLimit perAddress) {
            this.passwordRequestsPerUsername = requireNonNull(perUsername, "perUsername");
            this.passwordRequestsPerAddress = requireNonNull(perAddress, "perAddress");
            return this;
        }

        /** How long a temporary password works; default 24 hours. */
        public Builder temporaryPasswordValidity(Duration validity) {
            this.temporaryPasswordValidity = positive("temporaryPasswordValidity", validity);
            return this;
        }

        /** The largest request body accepted; default 64 KiB. */
        public Builder maxBodyBytes(int bytes) {
            if (bytes < 1024) {
                throw new IllegalArgumentException("maxBodyBytes: " + bytes + " (expected: >= 1024)");
            }
            this.maxBodyBytes = bytes;
            return this;
        }

        /** Where users reach the portal, for links in mails; default {@code https://localhost:8443/}. */
        public Builder baseUrl(URI url) {
            this.baseUrl = https("baseUrl", url);
            return this;
        }

        /** Where phones fetch their configuration, shown as their first-login data. */
        public Builder provisioningUrl(URI url) {
            this.provisioningUrl = https("provisioningUrl", url);
            return this;
        }

        /** The SIP domain of the accounts the portal makes; default {@code sip.localdomain}. */
        public Builder sipDomain(String domain) {
            requireNonNull(domain, "sipDomain");
            if (domain.isBlank() || domain.contains("@") || domain.contains(":")) {
                throw new IllegalArgumentException("sipDomain: '" + domain + "' (expected: a host name)");
            }
            this.sipDomain = domain;
            return this;
        }

        /** How often due orders are looked for; default 30 seconds. */
        public Builder orderPollInterval(Duration interval) {
            this.orderPollInterval = positive("orderPollInterval", interval);
            return this;
        }

        /**
         * How often an order that failed is tried in all, and how long after the first failure it
         * is tried again, the wait doubling each time; default 5 attempts, 1 minute.
         */
        public Builder orderRetries(int maxAttempts, Duration firstRetry) {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts: " + maxAttempts + " (expected: >= 1)");
            }
            this.orderMaxAttempts = maxAttempts;
            this.orderFirstRetry = positive("firstRetry", firstRetry);
            return this;
        }

        /**
         * How often expired login sessions (and their carts) and ended throttle windows are
         * removed; default 5 minutes.
         */
        public Builder sessionSweepInterval(Duration interval) {
            this.sessionSweepInterval = positive("sessionSweepInterval", interval);
            return this;
        }

        /** Threads that run requests, which wait for the database; default 8. */
        public Builder workerThreads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("workerThreads: " + threads + " (expected: >= 1)");
            }
            this.workerThreads = threads;
            return this;
        }

        /** How mail leaves; default .eml files in {@code ./data/mail}. */
        public Builder mail(MailSettings mail) {
            this.mail = requireNonNull(mail, "mail");
            return this;
        }

        public PortalSettings build() {
            return new PortalSettings(this);
        }
    }

    private static URI https(String name, URI url) {
        requireNonNull(url, name);
        if (!"https".equals(url.getScheme())) {
            throw new IllegalArgumentException(name + ": " + url + " (expected: an https URL)");
        }
        return url;
    }

    static Duration positive(String name, Duration value) {
        requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + ": " + value + " (expected: > 0)");
        }
        return value;
    }
}
