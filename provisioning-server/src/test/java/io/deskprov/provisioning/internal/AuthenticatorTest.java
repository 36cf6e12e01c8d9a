package io.deskprov.provisioning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.deskprov.provisioning.DeviceCredentials;
import io.deskprov.provisioning.internal.Authenticator.Outcome;
import io.deskprov.provisioning.testing.DigestAnswer;
import io.deskprov.store.company.DeviceAuthPolicy;
import io.deskprov.store.device.MacAddress;
import io.deskprov.store.device.Vendor;
import io.deskprov.store.testing.MutableClock;

/**
 * Digest answers computed by hand as RFC 7616 section 3.4.1 says, checked over the nonce's life
 * and its counts.
 */
class AuthenticatorTest {
    private static final MacAddress MAC = new MacAddress("001565aabbcc");
    private static final DeviceCredentials DEVICE = new DeviceCredentials(
            1, MAC, Vendor.YEALINK, 1, 2L, 3L, DeviceAuthPolicy.CERTIFICATE_OR_PASSWORD, "prov", "s3cret-pass");

    private final MutableClock clock = MutableClock.startingAt("2026-03-02T08:00:00Z");
    private final Nonces nonces = new Nonces(clock, Duration.ofMinutes(5), 3);
    private final Authenticator authenticator = new Authenticator("deskprov", nonces);

    @ParameterizedTest
    @ValueSource(strings = {"MD5", "SHA-256"})
    void digestIsAcceptedThenStaleAfterTheNoncesLifetime(String algorithm) {
        final String header = answer(algorithm, nonces.issue(), "s3cret-pass");

        // Fresh nonce: accepted.
        assertThat(check(header, Optional.of(DEVICE))).isEqualTo(Outcome.AUTHENTICATED);
        // Six minutes on, the same answer is right but its nonce is stale.
        clock.advance(Duration.ofMinutes(6));
        assertThat(check(header, Optional.of(DEVICE))).isEqualTo(Outcome.STALE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"MD5", "SHA-256"})
    void wrongPasswordAndUnknownDeviceFailAlike(String algorithm) {
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
    void forgedNonceFailsEvenWithTheRightPassword(String nonce) {
        assertThat(check(answer("SHA-256", nonce, "s3cret-pass"), Optional.of(DEVICE))).isEqualTo(Outcome.FAILED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"MD5", "SHA-256"})
    void sameAnswerTwiceIsAReplay(String algorithm) {
        final String header = answer(algorithm, nonces.issue(), "s3cret-pass");

        assertThat(check(header, Optional.of(DEVICE))).isEqualTo(Outcome.AUTHENTICATED);
        assertThat(check(header, Optional.of(DEVICE))).isEqualTo(Outcome.REPLAYED);
    }

    @Test
    void countMustRiseWithEveryUseOfTheNonce() {
        final String nonce = nonces.issue();

        assertThat(check(answer(nonce, 1), Optional.of(DEVICE))).isEqualTo(Outcome.AUTHENTICATED);
        assertThat(check(answer(nonce, 3), Optional.of(DEVICE))).isEqualTo(Outcome.AUTHENTICATED);
        // Lower than the last, and equal to it: both refused.
        assertThat(check(answer(nonce, 2), Optional.of(DEVICE))).isEqualTo(Outcome.REPLAYED);
        assertThat(check(answer(nonce, 3), Optional.of(DEVICE))).isEqualTo(Outcome.REPLAYED);
        assertThat(check(answer(nonce, 4), Optional.of(DEVICE))).isEqualTo(Outcome.AUTHENTICATED);
    }

    @Test
    void wrongPasswordDoesNotSpendTheDevicesCount() {
        final String nonce = nonces.issue();

        assertThat(check(answer("MD5", nonce, "wrong", 5), Optional.of(DEVICE))).isEqualTo(Outcome.FAILED);
        assertThat(check(answer(nonce, 1), Optional.of(DEVICE))).isEqualTo(Outcome.AUTHENTICATED);
    }

    @Test
    void nonceForgottenForRoomIsStaleNotAcceptedAgain() {
        final String first = nonces.issue();
        assertThat(check(answer(first, 1), Optional.of(DEVICE))).isEqualTo(Outcome.AUTHENTICATED);

        // Three more answered nonces, one over the three remembered: the oldest goes.
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofSeconds(1));
            assertThat(check(answer(nonces.issue(), 1), Optional.of(DEVICE))).isEqualTo(Outcome.AUTHENTICATED);
        }

        // Its count is gone, so even a replay of its first answer cannot pass: it is stale.
        assertThat(check(answer(first, 1), Optional.of(DEVICE))).isEqualTo(Outcome.STALE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "0000001", "000000001", "0000000g"})
    void nonceCountOtherThanEightHexDigitsFails(String nc) {
        final String header = answer(nonces.issue(), 1).replace("nc=00000001", "nc=" + nc);

        assertThat(check(header, Optional.of(DEVICE))).isEqualTo(Outcome.FAILED);
    }

    private Outcome check(String header, Optional<DeviceCredentials> device) {
        return authenticator.authenticate("GET", "/001565aabbcc.cfg", header, null, true, MAC, device);
    }

    private static String answer(String algorithm, String nonce, String password) {
        return answer(algorithm, nonce, password, 1);
    }

    private static String answer(String nonce, int nc) {
        return answer("SHA-256", nonce, "s3cret-pass", nc);
    }

    private static String answer(String algorithm, String nonce, String password, int nc) {
        return new DigestAnswer(algorithm, "prov", password, "deskprov").header("GET", "/001565aabbcc.cfg", nonce, nc);
    }
}
