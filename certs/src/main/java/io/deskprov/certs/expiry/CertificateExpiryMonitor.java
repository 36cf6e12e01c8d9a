package io.deskprov.certs.expiry;

import static java.util.Objects.requireNonNull;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the days left until each certificate in use expires as the gauge
 * {@value #METRIC}, tagged with the certificate's role, and warns in the log when one expires
 * within the warning period. An application scheduler calls {@link #check()}, say daily.
 */
public final class CertificateExpiryMonitor {
    /** The name of the gauge. */
    public static final String METRIC = "deskprov.certificate.expiry.days";
    /** The warning period used by {@link #CertificateExpiryMonitor(MeterRegistry, Clock)}. */
    public static final Duration DEFAULT_WARNING = Duration.ofDays(30);

    private static final Logger logger = LoggerFactory.getLogger(CertificateExpiryMonitor.class);
    private static final double SECONDS_PER_DAY = Duration.ofDays(1).toSeconds();

    private final MeterRegistry registry;
    private final Clock clock;
    private final Duration warning;
    private final Map<String, Supplier<X509Certificate>> watched = new ConcurrentHashMap<>();

    /**
     * Creates a monitor that warns 30 days before expiry.
     */
    public CertificateExpiryMonitor(MeterRegistry registry, Clock clock) {
        this(registry, clock, DEFAULT_WARNING);
    }

    /**
     * Creates a monitor that warns the given time before expiry.
     */
    public CertificateExpiryMonitor(MeterRegistry registry, Clock clock, Duration warning) {
        this.registry = requireNonNull(registry, "registry");
        this.clock = requireNonNull(clock, "clock");
        this.warning = requireNonNull(warning, "warning");
    }

    /**
     * Watches the certificate that {@code certificate} returns, asked anew at each reading so a
     * reloaded certificate is followed.
     *
     * @param role what the certificate is for, such as {@code server} or {@code ca}; never a
     *        device MAC, which would make one time series per device
     */
    public void watch(String role, Supplier<X509Certificate> certificate) {
        requireNonNull(role, "role");
        requireNonNull(certificate, "certificate");
        if (watched.putIfAbsent(role, certificate) != null) {
            throw new IllegalArgumentException("role: " + role + " (already watched)");
        }
        Gauge.builder(METRIC, () -> daysLeft(certificate.get()))
                .description("Days until the certificate in use for the role expires")
                .baseUnit("days")
                .tag("role", role)
                .register(registry);
    }

    /**
     * Logs a warning for each watched certificate that expires within the warning period and
     * returns their roles.
     */
    public List<String> check() {
        final Instant limit = clock.instant().plus(warning);
        final List<String> expiring = new ArrayList<>();
        watched.forEach((role, supplier) -> {
            final X509Certificate certificate = supplier.get();
            final Instant notAfter = certificate.getNotAfter().toInstant();
            if (notAfter.isBefore(limit)) {
                logger.warn("{} certificate {} expires at {}, in {} days; renew it", role,
                            certificate.getSubjectX500Principal().getName(), notAfter,
                            String.format(Locale.ROOT, "%.1f", daysLeft(certificate)));
                expiring.add(role);
            }
        });
        return expiring;
    }

    private double daysLeft(X509Certificate certificate) {
        final Duration left = Duration.between(clock.instant(), certificate.getNotAfter().toInstant());
        return left.toSeconds() / SECONDS_PER_DAY;
    }
}
