package io.deskprov.provisioning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneAgentTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Yealink SIP-T46G 28.72.0.1 00:15:65:4a:a9:37|YEALINK|T46G|28.72.0.1|0015654aa937",
        "Yealink SIP-T77U 185.87.0.10 44:db:d2:bd:b5:69|YEALINK|T77U|185.87.0.10|44dbd2bdb569",
        "Yealink SIP VP-T49G 51.80.0.10 00:15:65:11:22:33|YEALINK|T49G|51.80.0.10|001565112233",
        "Yealink W70B 146.87.0.15 80:5e:0c:1d:65:4e|YEALINK|W70B|146.87.0.15|805e0c1d654e",
        "yealink SIP-T28P 2.73.0.50 00:15:65:00:00:01|YEALINK|T28P|2.73.0.50|001565000001",
        "Yealink SIP-T56A 58.80.0.25 001565f429a4|YEALINK|T56A|58.80.0.25|001565f429a4",
        "Yealink-T46G 28.71.0.81 28.1.0.128.0.0.0|YEALINK|T46G|28.71.0.81|",
        "FileTransport PolycomVVX-VVX_400-UA/4.1.4.7430 Type/Application|POLYCOM|VVX 400|4.1.4.7430|",
        "FileTransport PolycomSoundStationIP-SSIP_6000-UA/5.0.3.1667 Type/Updater|POLYCOM|SSIP 6000|5.0.3.1667|",
        "FileTransport PolycomSoundPointIP-SPIP_335-UA/3.2.1.0078|POLYCOM|SPIP 335|3.2.1.0078|",
        "FileTransport PolycomVVX-VVX_450-UA/6.4.6.2009 Type/Application 0004f2aabbcc|POLYCOM|VVX 450|6.4.6.2009|"
            + "0004f2aabbcc"
    })
    void vendorFormsAreRead(String userAgent, String vendor, String model, String firmware, String mac) {
        final PhoneAgent agent = PhoneAgent.parse(userAgent).orElseThrow();

        assertThat(agent.vendor().name()).isEqualTo(vendor);
        assertThat(agent.model()).isEqualTo(model);
        assertThat(agent.firmware()).isEqualTo(firmware);
        assertThat(agent.mac() == null ? null : agent.mac().value()).isEqualTo(mac);
    }

    @ParameterizedTest
    @ValueSource(strings = {"curl/7.88.1", "Mozilla/5.0", "", "Yealink", "FileTransport Polycom"})
    void otherAgentsAreNotPhones(String userAgent) {
        assertThat(PhoneAgent.parse(userAgent)).isEmpty();
    }
}
