package io.deskprov.provisioning.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.deskprov.provisioning.DeviceCredentials;
import io.deskprov.provisioning.internal.Authenticator.Outcome;
import io.deskprov.store.company.DeviceAuthPolicy;
import io.deskprov.store.device.MacAddress;
import io.deskprov.store.device.Vendor;
import io.deskprov.store.testing.MutableClock;

/** Digest answers computed by hand as RFC 7616 section 3.4.1 says, checked over the nonce's life. */
class AuthenticatorTest {
    private static final MacAddress MAC = new MacAddress("001565aabbcc");
    private static final DeviceCredentials DEVICE = new DeviceCredentials(
            1, MAC, Vendor.YEALINK, 1, 2L, 3L, DeviceAuthPolicy.CERTIFICATE_OR_PASSWORD, "prov", "s3cret-pass");

    private final MutableClock clock = MutableClock.startingAt("2026-03-02T08:00:00Z");
    private final Nonces nonces = new Nonces(clock, Duration.ofMinutes(5));
    private final Authenticator authenticator = new Authenticator("deskprov", nonces);

    @ParameterizedTest
    @ValueSource(strings = {"MD5", "SHA-256"})
    void digestIsAcceptedThenStaleAfterTheNoncesLifetime(String algorithm) throws Exception {
        final String header = answer(algorithm, nonces.issue(), "s3cret-pass");

        // Fresh nonce: accepted.
        assertThat(check(header, Optional.of(DEVICE))).isEqualTo(Outcome.AUTHENTICATED);
        // Six minutes on, the same answer is right but its nonce is stale.
        clock.advance(Duration.ofMinutes(6));
        assertThat(check(header, Optional.of(DEVICE))).isEqualTo(Outcome.STALE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"MD5", "SHA-256"})
    void wrongPasswordAndUnknownDeviceFailAlike(String algorithm) throws Exception {
        assertThat(check(answer(algorithm, nonces.issue(), "wrong"), Optional.of(DEVICE))).isEqualTo(Outcome.FAILED);
        assertThat(check(answer(algorithm, nonces.issue(), "s3cret-pass"), Optional.empty()))
                .isEqualTo(Outcome.FAILED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Digest nonsense", "Digest username=\"prov\"", "Bearer x", "Basic !!!"})
    void malformedCredentialsFail(String header) {
        assertThat(check(header, Optional.of(DEVICE))).isEqualTo(Outcome.FAILED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"forged", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"})
    void forgedNonceFailsEvenWithTheRightPassword(String nonce) throws Exception {
        assertThat(check(answer("SHA-256", nonce, "s3cret-pass"), Optional.of(DEVICE))).isEqualTo(Outcome.FAILED);
    }

    private Outcome check(String header, Optional<DeviceCredentials> device) {
        return authenticator.authenticate("GET", "/001565aabbcc.cfg", header, null, true, MAC, device);
    }

    private static String answer(String algorithm, String nonce, String password) throws Exception {
        final String ha1 = hex(algorithm, "prov:deskprov:" + password);
        final String ha2 = hex(algorithm, "GET:/001565aabbcc.cfg");
        final String response = hex(algorithm, ha1 + ':' + nonce + ":00000001:c0ffee:auth:" + ha2);
        return "Digest username=\"prov\", realm=\"deskprov\", nonce=\"" + nonce + "\", uri=\"/001565aabbcc.cfg\", "
               + "algorithm=" + algorithm + ", response=\"" + response + "\", qop=auth, nc=00000001, cnonce=\"c0ffee\"";
    }

    private static String hex(String algorithm, String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(text.getBytes(UTF_8)));
    }
}
