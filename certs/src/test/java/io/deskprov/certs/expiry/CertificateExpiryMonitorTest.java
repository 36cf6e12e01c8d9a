package io.deskprov.certs.expiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.deskprov.certs.ca.CertificateAuthority;
import io.deskprov.certs.ca.PkiSettings;
import io.deskprov.certs.testing.MutableClock;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CertificateExpiryMonitorTest {
    private final MutableClock clock = MutableClock.atNow();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final CertificateExpiryMonitor monitor = new CertificateExpiryMonitor(registry, clock);

    @BeforeEach
    void watchServerAndCa() throws Exception {
        final CertificateAuthority ca = CertificateAuthority.create(PkiSettings.defaults(), clock);
        final X509Certificate server = ca.issueServerCertificate(List.of("prov.example.com")).certificate();
        monitor.watch("server", () -> server);
        monitor.watch("ca", ca::certificate);
    }

    @Test
    void gauge_reportsDaysLeftPerRole() {
        clock.advance(Duration.ofDays(97));

        final Gauge gauge = registry.get(CertificateExpiryMonitor.METRIC).tag("role", "server").gauge();
        assertThat(gauge.value()).isCloseTo(300.0, within(0.01));
        assertThat(gauge.getId().getDescription()).isNotBlank();
        assertThat(registry.get(CertificateExpiryMonitor.METRIC).tag("role", "ca").gauge().value())
                .isGreaterThan(7000);
    }

    @Test
    void check_warnsOnlyWithinThirtyDaysOfExpiry() {
        clock.advance(Duration.ofDays(366));
        final List<String> earlier = monitor.check();
        clock.advance(Duration.ofDays(2));
        final List<String> later = monitor.check();

        assertThat(earlier).isEmpty();
        assertThat(later).containsExactly("server");
    }
}
