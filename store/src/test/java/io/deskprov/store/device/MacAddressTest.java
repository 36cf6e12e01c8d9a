package io.deskprov.store.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MacAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "00:15:65:AA:BB:CC", "00-15-65-aa-bb-cc", "0015.65aa.bbcc", "001565AABBCC", " 001565aabbcc "})
    void everyCommonNotationReadsAsTwelveLowerCaseDigits(String text) {
        assertThat(MacAddress.parse(text).value()).isEqualTo("001565aabbcc");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "001565aabbc", "001565aabbccd", "00:15:65:aa:bb:cg", "../../etc/passwd", "001565 abbcc"})
    void anythingElseIsRefusedNamingTheExpectedForm(String text) {
        assertThatThrownBy(() -> MacAddress.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected: 12 hex digits");
    }
}
