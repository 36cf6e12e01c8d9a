package io.deskprov.registrar;

import static java.util.Objects.requireNonNull;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * How the registrar listens and what it allows; immutable, made by {@link #builder()}. Every
 * port may be {@code 0} only where noted; tests pick free ports themselves.
 */
public final class RegistrarSettings {
    private final String bindAddress;
    private final int udpPort;
    private final int tcpPort;
    private final int tlsPort;
    private final List<DigestAlgorithm> digestAlgorithms;
    private final byte[] nonceSecret;
    private final Duration nonceLifetime;
    private final Duration minExpires;
    private final Duration maxExpires;
    private final int maxContactsPerAor;
    private final Duration writeBehindInterval;
    private final Duration accountViewLifetime;
    private final Duration sweepInterval;
    private final Duration probeInterval;
    private final Duration probeTimeout;
    private final Duration checkSyncDelay;
    private final int notifyAttempts;
    private final boolean checkSyncOnPlatformChange;
    private final int authFailureThreshold;
    private final Duration authFailureWindow;
    private final Duration blockDuration;
    private final int maxMessageSize;
    private final Duration messageReadTimeout;
    private final int maxConnections;

    private RegistrarSettings(Builder b) {
        this.bindAddress = b.bindAddress;
        this.udpPort = b.udpPort;
        this.tcpPort = b.tcpPort;
        this.tlsPort = b.tlsPort;
        this.digestAlgorithms = b.digestAlgorithms;
        this.nonceSecret = b.nonceSecret.clone();
        this.nonceLifetime = b.nonceLifetime;
        this.minExpires = b.minExpires;
        this.maxExpires = b.maxExpires;
        this.maxContactsPerAor = b.maxContactsPerAor;
        this.writeBehindInterval = b.writeBehindInterval;
        this.accountViewLifetime = b.accountViewLifetime;
        this.sweepInterval = b.sweepInterval;
        this.probeInterval = b.probeInterval;
        this.probeTimeout = b.probeTimeout;
        this.checkSyncDelay = b.checkSyncDelay;
        this.notifyAttempts = b.notifyAttempts;
        this.checkSyncOnPlatformChange = b.checkSyncOnPlatformChange;
        this.authFailureThreshold = b.authFailureThreshold;
        this.authFailureWindow = b.authFailureWindow;
        this.blockDuration = b.blockDuration;
        this.maxMessageSize = b.maxMessageSize;
        this.messageReadTimeout = b.messageReadTimeout;
        this.maxConnections = b.maxConnections;
    }

    public static Builder builder() {
        return new Builder();
    }

    public String bindAddress() {
        return bindAddress;
    }

    public int udpPort() {
        return udpPort;
    }

    public int tcpPort() {
        return tcpPort;
    }

    /** The TLS port, or {@code -1} when TLS is off. */
    public int tlsPort() {
        return tlsPort;
    }

    public List<DigestAlgorithm> digestAlgorithms() {
        return digestAlgorithms;
    }

    byte[] nonceSecret() {
        return nonceSecret.clone();
    }

    public Duration nonceLifetime() {
        return nonceLifetime;
    }

    public Duration minExpires() {
        return minExpires;
    }

    public Duration maxExpires() {
        return maxExpires;
    }

    public int maxContactsPerAor() {
        return maxContactsPerAor;
    }

    public Duration writeBehindInterval() {
        return writeBehindInterval;
    }

    public Duration accountViewLifetime() {
        return accountViewLifetime;
    }

    public Duration sweepInterval() {
        return sweepInterval;
    }

    public Duration probeInterval() {
        return probeInterval;
    }

    public Duration probeTimeout() {
        return probeTimeout;
    }

    public Duration checkSyncDelay() {
        return checkSyncDelay;
    }

    public int notifyAttempts() {
        return notifyAttempts;
    }

    public boolean checkSyncOnPlatformChange() {
        return checkSyncOnPlatformChange;
    }

    public int authFailureThreshold() {
        return authFailureThreshold;
    }

    public Duration authFailureWindow() {
        return authFailureWindow;
    }

    public Duration blockDuration() {
        return blockDuration;
    }

    public int maxMessageSize() {
        return maxMessageSize;
    }

    /** How long a TCP or TLS message may take to arrive whole once its first byte came. */
    public Duration messageReadTimeout() {
        return messageReadTimeout;
    }

    /** Most TCP connections, and as many TLS ones, open at once; each holds a thread of the stack. */
    public int maxConnections() {
        return maxConnections;
    }

    /** Collects settings; each setter checks its value at once. */
    public static final class Builder {
        private String bindAddress = "0.0.0.0";
        private int udpPort = 5060;
        private int tcpPort = 5060;
        private int tlsPort = 5061;
        private List<DigestAlgorithm> digestAlgorithms = List.of(DigestAlgorithm.MD5, DigestAlgorithm.SHA_256);
        private byte[] nonceSecret = randomSecret();
        private Duration nonceLifetime = Duration.ofMinutes(5);
        private Duration minExpires = Duration.ofSeconds(60);
        private Duration maxExpires = Duration.ofHours(1);
        private int maxContactsPerAor = 5;
        private Duration writeBehindInterval = Duration.ofMillis(250);
        private Duration accountViewLifetime = Duration.ofSeconds(30);
        private Duration sweepInterval = Duration.ofSeconds(30);
        private Duration probeInterval = Duration.ofMinutes(1);
        private Duration probeTimeout = Duration.ofSeconds(5);
        private Duration checkSyncDelay = Duration.ofSeconds(2);
        private int notifyAttempts = 3;
        private boolean checkSyncOnPlatformChange;
        private int authFailureThreshold = 20;
        private Duration authFailureWindow = Duration.ofMinutes(1);
        private Duration blockDuration = Duration.ofMinutes(10);
        private int maxMessageSize = 16 * 1024;
        private Duration messageReadTimeout = Duration.ofSeconds(10);
        private int maxConnections = 10_000;

        private Builder() {
        }

        /** The address every listener binds to; default {@code 0.0.0.0}. */
        public Builder bindAddress(String bindAddress) {
            this.bindAddress = requireNonNull(bindAddress, "bindAddress");
            return this;
        }

        /** Default 5060. */
        public Builder udpPort(int port) {
            this.udpPort = checkPort("udpPort", port);
            return this;
        }

        /** Default 5060. */
        public Builder tcpPort(int port) {
            this.tcpPort = checkPort("tcpPort", port);
            return this;
        }

        /** Default 5061; only used when the registrar starts with TLS key material. */
        public Builder tlsPort(int port) {
            this.tlsPort = checkPort("tlsPort", port);
            return this;
        }

        /**
         * The digest challenges offered, most preferred first (RFC 8760 section 2.4); default MD5
         * then SHA-256, because phones and tools that read only the first challenge (SIPp 3.6,
         * older firmware) cannot answer SHA-256.
         */
        public Builder digestAlgorithms(List<DigestAlgorithm> algorithms) {
            if (algorithms.isEmpty()) {
                throw new IllegalArgumentException("digestAlgorithms: [] (expected: at least one)");
            }
            this.digestAlgorithms = List.copyOf(algorithms);
            return this;
        }

        /** The HMAC key of nonces; nodes behind one address must share it. Default random per start. */
        public Builder nonceSecret(byte[] secret) {
            if (secret.length < 16) {
                throw new IllegalArgumentException("nonceSecret: " + secret.length
                                                   + " bytes (expected: at least 16)");
            }
            this.nonceSecret = Arrays.copyOf(secret, secret.length);
            return this;
        }

        /** How long a nonce is good for before it is answered with {@code stale=true}; default 5 min. */
        public Builder nonceLifetime(Duration lifetime) {
            this.nonceLifetime = positive("nonceLifetime", lifetime);
            return this;
        }

        /** The shortest registration accepted, else 423 (RFC 3261 section 10.3 step 7); default 60 s. */
        public Builder minExpires(Duration minExpires) {
            this.minExpires = positive("minExpires", minExpires);
            return this;
        }

        /** Longer registrations are shortened to this; default 1 h. */
        public Builder maxExpires(Duration maxExpires) {
            this.maxExpires = positive("maxExpires", maxExpires);
            return this;
        }

        /** Contacts one address-of-record may bind at once; default 5. */
        public Builder maxContactsPerAor(int max) {
            this.maxContactsPerAor = atLeastOne("maxContactsPerAor", max);
            return this;
        }

        /** How often collected binding changes are written to the database; default 250 ms. */
        public Builder writeBehindInterval(Duration interval) {
            this.writeBehindInterval = positive("writeBehindInterval", interval);
            return this;
        }

        /** How long an account's bindings are answered from memory before being read again; default 30 s. */
        public Builder accountViewLifetime(Duration lifetime) {
            this.accountViewLifetime = positive("accountViewLifetime", lifetime);
            return this;
        }

        /** How often expired bindings are removed; default 30 s. */
        public Builder sweepInterval(Duration interval) {
            this.sweepInterval = positive("sweepInterval", interval);
            return this;
        }

        /** How often each contact is sent an OPTIONS; default 1 min. */
        public Builder probeInterval(Duration interval) {
            this.probeInterval = positive("probeInterval", interval);
            return this;
        }

        /** How long a probe waits for an answer before the contact counts as unreachable; default 5 s. */
        public Builder probeTimeout(Duration timeout) {
            this.probeTimeout = positive("probeTimeout", timeout);
            return this;
        }

        /** How long changes are collected before check-sync NOTIFYs go out; default 2 s. */
        public Builder checkSyncDelay(Duration delay) {
            this.checkSyncDelay = positive("checkSyncDelay", delay);
            return this;
        }

        /** Tries per check-sync NOTIFY, the first included; default 3. */
        public Builder notifyAttempts(int attempts) {
            this.notifyAttempts = atLeastOne("notifyAttempts", attempts);
            return this;
        }

        /**
         * Whether a platform-wide change NOTIFYs every phone. Default off: the feed also reports a
         * platform change when it may have missed changes, and Yealink phones reboot on check-sync
         * by default, so a database hiccup would reboot every phone.
         */
        public Builder checkSyncOnPlatformChange(boolean enabled) {
            this.checkSyncOnPlatformChange = enabled;
            return this;
        }

        /** Failed authentications from one address within the window before it is ignored; default 20. */
        public Builder authFailureThreshold(int threshold) {
            this.authFailureThreshold = atLeastOne("authFailureThreshold", threshold);
            return this;
        }

        /** Default 1 min. */
        public Builder authFailureWindow(Duration window) {
            this.authFailureWindow = positive("authFailureWindow", window);
            return this;
        }

        /** How long a blocked address is ignored; default 10 min. */
        public Builder blockDuration(Duration duration) {
            this.blockDuration = positive("blockDuration", duration);
            return this;
        }

        /** The largest message accepted over TCP and TLS, in bytes; default 16 KiB. */
        public Builder maxMessageSize(int bytes) {
            if (bytes < 1500) {
                throw new IllegalArgumentException("maxMessageSize: " + bytes + " (expected: >= 1500)");
            }
            this.maxMessageSize = bytes;
            return this;
        }

        /**
         * How long a TCP or TLS message may take to arrive whole once its first byte came; past it
         * the connection is closed, so a client sending slowly cannot hold a connection's thread.
         * Default 10 s, at least 100 ms.
         */
        public Builder messageReadTimeout(Duration timeout) {
            if (timeout.toMillis() < 100) {
                throw new IllegalArgumentException("messageReadTimeout: " + timeout + " (expected: >= 100 ms)");
            }
            this.messageReadTimeout = timeout;
            return this;
        }

        /**
         * Most TCP connections open at once, and as many TLS ones; default 10,000. Past it the stack
         * accepts no new connection until one closes.
         */
        public Builder maxConnections(int connections) {
            this.maxConnections = atLeastOne("maxConnections", connections);
            return this;
        }

        /** @throws IllegalArgumentException if the settings contradict each other */
        public RegistrarSettings build() {
            if (maxExpires.compareTo(minExpires) < 0) {
                throw new IllegalArgumentException("maxExpires: " + maxExpires + " (expected: >= minExpires "
                                                   + minExpires + ')');
            }
            return new RegistrarSettings(this);
        }

        private static int checkPort(String name, int port) {
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException(name + ": " + port + " (expected: 1 to 65535)");
            }
            return port;
        }

        private static Duration positive(String name, Duration value) {
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + ": " + value + " (expected: > 0)");
            }
            return value;
        }

        private static int atLeastOne(String name, int value) {
            if (value < 1) {
                throw new IllegalArgumentException(name + ": " + value + " (expected: >= 1)");
            }
            return value;
        }

        private static byte[] randomSecret() {
            final byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            return secret;
        }
    }
}
