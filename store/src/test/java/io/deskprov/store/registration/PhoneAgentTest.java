package io.deskprov.store.registration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.deskprov.store.device.MacAddress;

class PhoneAgentTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Yealink SIP-T46U 108.86.0.75 00:15:65:aa:bb:cc | Yealink | T46U | 108.86.0.75 | 001565aabbcc",
        "Yealink SIP-T56A 58.80.0.25 001565F429A4       | Yealink | T56A | 58.80.0.25  | 001565f429a4",
        "Yealink-T46G 28.71.0.81                        | Yealink | T46G | 28.71.0.81  | -",
        "PolycomVVX-VVX_400-UA/5.9.0.9373               | Polycom | VVX 400 | 5.9.0.9373 | -"})
    void vendorModelFirmwareAndMacAreRead(String userAgent, String vendor, String model, String firmware,
                                          String mac) {
        assertThat(PhoneAgent.parse(userAgent)).isEqualTo(new PhoneAgent(vendor, model, firmware, mac));
    }

    @ParameterizedTest
    @ValueSource(strings = {"friendly-scanner", "Linphone/5.2.0", "Yealink"})
    void otherFormsTellNothing(String userAgent) {
        assertThat(PhoneAgent.parse(userAgent)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Yealink SIP-T46U 108.86.0.75 00:15:65:aa:bb:cc | false",
        "Yealink SIP-T46U 108.86.0.75 00:15:65:aa:bb:dd | true",
        "Yealink SIP-T46U 108.86.0.75                   | false",
        "PolycomVVX-VVX_400-UA/5.9.0.9373               | false"})
    void onlyAnotherMacRulesThePhoneOut(String userAgent, boolean other) {
        assertThat(PhoneAgent.namesOtherPhone(userAgent, new MacAddress("001565aabbcc"))).isEqualTo(other);
    }
}
