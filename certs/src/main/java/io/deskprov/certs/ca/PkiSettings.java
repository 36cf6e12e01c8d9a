package io.deskprov.certs.ca;

import static java.util.Objects.requireNonNull;

import io.deskprov.certs.KeyType;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How our CA makes keys and certificates. Immutable; made with {@link #builder()}.
 */
public final class PkiSettings {
    private final String caCommonName;
    private final KeyType keyType;
    private final Duration caValidity;
    private final Duration serverValidity;
    private final Duration deviceValidity;
    private final Duration crlValidity;
    private final @Nullable URI crlDistributionPoint;

    private PkiSettings(Builder builder) {
        caCommonName = builder.caCommonName;
        keyType = builder.keyType;
        caValidity = builder.caValidity;
        serverValidity = builder.serverValidity;
        deviceValidity = builder.deviceValidity;
        crlValidity = builder.crlValidity;
        crlDistributionPoint = builder.crlDistributionPoint;
    }

    /**
     * Returns a builder holding the defaults.
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the defaults: ECDSA P-256 keys, a CA valid 20 years, server certificates 397 days,
     * device certificates 5 years and CRLs 7 days.
     */
    public static PkiSettings defaults() {
        return builder().build();
    }

    /** Returns the common name of the CA certificate. */
    public String caCommonName() {
        return caCommonName;
    }

    /** Returns the type of every key we generate. */
    public KeyType keyType() {
        return keyType;
    }

    /** Returns how long a new CA certificate is valid. */
    public Duration caValidity() {
        return caValidity;
    }

    /** Returns how long a new server certificate is valid. */
    public Duration serverValidity() {
        return serverValidity;
    }

    /** Returns how long a new device certificate is valid. */
    public Duration deviceValidity() {
        return deviceValidity;
    }

    /** Returns how long after its issue a CRL announces the next one. */
    public Duration crlValidity() {
        return crlValidity;
    }

    /**
     * Returns the URL that server and device certificates name as their CRL distribution point,
     * where verifiers other than ours fetch the CRL; empty when certificates name none.
     */
    public Optional<URI> crlDistributionPoint() {
        return Optional.ofNullable(crlDistributionPoint);
    }

    /**
     * Builds {@link PkiSettings}; each setter checks its value.
     */
    public static final class Builder {
        private String caCommonName = "deskprov CA";
        private KeyType keyType = KeyType.EC_P256;
        private Duration caValidity = Duration.ofDays(7305);
        // 397 days is the longest that browsers accept, should an operator open the portal.
        private Duration serverValidity = Duration.ofDays(397);
        private Duration deviceValidity = Duration.ofDays(1826);
        private Duration crlValidity = Duration.ofDays(7);
        private @Nullable URI crlDistributionPoint;

        private Builder() {
        }

        /** Sets the common name of a new CA certificate; default {@code deskprov CA}. */
        public Builder caCommonName(String caCommonName) {
            requireNonNull(caCommonName, "caCommonName");
            if (caCommonName.isBlank()) {
                throw new IllegalArgumentException("caCommonName: '" + caCommonName + "' (expected a non-blank name)");
            }
            this.caCommonName = caCommonName;
            return this;
        }

        /** Sets the type of generated keys; default {@link KeyType#EC_P256}. */
        public Builder keyType(KeyType keyType) {
            this.keyType = requireNonNull(keyType, "keyType");
            return this;
        }

        /** Sets the validity of a new CA certificate; default 7305 days. */
        public Builder caValidity(Duration caValidity) {
            this.caValidity = positive(caValidity, "caValidity");
            return this;
        }

        /** Sets the validity of new server certificates; default 397 days. */
        public Builder serverValidity(Duration serverValidity) {
            this.serverValidity = positive(serverValidity, "serverValidity");
            return this;
        }

        /** Sets the validity of new device certificates; default 1826 days. */
        public Builder deviceValidity(Duration deviceValidity) {
            this.deviceValidity = positive(deviceValidity, "deviceValidity");
            return this;
        }

        /** Sets the time from a CRL's issue to its announced next update; default 7 days. */
        public Builder crlValidity(Duration crlValidity) {
            this.crlValidity = positive(crlValidity, "crlValidity");
            return this;
        }

        /**
         * Sets the URL that issued server and device certificates name as their CRL distribution
         * point; it must serve the DER CRL of this CA (the app serves it at {@code /crl} of its
         * management endpoint). Default: none. Plain {@code http} is what RFC 5280 section 4.2.1.13
         * expects, since a verifier cannot check a TLS certificate while it fetches the CRL for it.
         *
         * @throws IllegalArgumentException if the URL is not an absolute http or https URL with a host
         */
        public Builder crlDistributionPoint(URI url) {
            requireNonNull(url, "url");
            final String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if (!url.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
                throw new IllegalArgumentException("crlDistributionPoint: " + url
                                                   + " (expected an http URL such as http://pki.example.com/crl)");
            }
            this.crlDistributionPoint = url;
            return this;
        }

        /** Returns the settings. */
        public PkiSettings build() {
            return new PkiSettings(this);
        }

        private static Duration positive(Duration duration, String name) {
            requireNonNull(duration, name);
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(name + ": " + duration + " (expected a positive duration)");
            }
            return duration;
        }
    }
}
