package io.deskprov.certs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MacAddressTest {
    @ParameterizedTest
    @ValueSource(strings = {"00:15:65:AA:BB:CC", "00-15-65-aa-bb-cc", "001565AABBCC", " 001565aabbcc "})
    void parse_acceptsCommonFormsAndNormalises(String text) throws InvalidMacException {
        assertThat(MacAddress.parse(text).value()).isEqualTo("001565aabbcc");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "001565aabbc", "001565aabbccd", "00:15:65-aa:bb:cc", "00:15:65:aa:bb:cg",
                            "0015.65aa.bbcc"})
    void parse_refusesOtherTextWithTypedMessage(String text) {
        assertThatThrownBy(() -> MacAddress.parse(text))
                .isInstanceOf(InvalidMacException.class)
                .hasMessageContaining("not a MAC address");
    }

    @ParameterizedTest
    @ValueSource(strings = {"001565aabbcc"})
    void toUrn_usesTheDeviceUrnForm(String value) {
        assertThat(new MacAddress(value).toUrn()).isEqualTo("urn:dev:mac:001565aabbcc");
    }
}
