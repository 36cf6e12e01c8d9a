package io.deskprov.templates.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.deskprov.templates.catalog.Vendor;

class ParameterResolverTest {

    @Test
    void builtInDefaultsApplyWithoutLayers() {
        final EffectiveParameters parameters = ParameterResolver.resolve(List.of());

        assertThat(parameters.timeZone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(parameters.sipPort()).isEqualTo(5060);
        assertThat(parameters.sipTransport()).isEqualTo(Transport.UDP);
        assertThat(parameters.codecs()).containsExactly(Codec.G722, Codec.PCMU, Codec.PCMA);
        assertThat(parameters.pollingInterval()).isEqualTo(Duration.ofDays(1));
        assertThat(parameters.outboundProxy()).isEmpty();
    }

    @Test
    void moreSpecificLevelsOverrideGeneralOnes() {
        final EffectiveParameters parameters = ParameterResolver.resolve(List.of(
                ParameterLayer.of(Level.PLATFORM, "time.zone", "Europe/London", "sip.port", "5070"),
                ParameterLayer.of(Level.COMPANY, "time.zone", "Europe/Berlin"),
                ParameterLayer.of(Level.GROUP, "language", "fr"),
                ParameterLayer.of(Level.WORKPLACE, "language", "it"),
                ParameterLayer.of(Level.DEVICE, "sip.outbound.proxy", "edge.example.com:5080")));

        assertThat(parameters.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(parameters.sipPort()).isEqualTo(5070);
        assertThat(parameters.language()).isEqualTo(Language.IT);
        assertThat(parameters.outboundProxy()).contains(new HostPort("edge.example.com", 5080));
    }

    @Test
    void explanationNamesTheLevelThatSetEachValue() {
        final ParameterExplanation explanation = ParameterResolver.resolve(List.of(
                ParameterLayer.of(Level.PLATFORM, "time.zone", "Europe/London"),
                ParameterLayer.of(Level.COMPANY, "time.zone", "Europe/Berlin", "language", "de"),
                ParameterLayer.of(Level.DEVICE, "linekey.1", "blf:210:Reception"))).explain();

        assertThat(explanation.find("time.zone")).contains(new ExplainedParameter(
                "time.zone", "Europe/Berlin", Level.COMPANY, List.of(Level.DEFAULT, Level.PLATFORM)));
        assertThat(explanation.find("language").orElseThrow().level()).isEqualTo(Level.COMPANY);
        assertThat(explanation.find("linekey.1").orElseThrow().level()).isEqualTo(Level.DEVICE);
        assertThat(explanation.find("sip.port").orElseThrow().level()).isEqualTo(Level.DEFAULT);
        assertThat(explanation.toText())
                .contains("time.zone                     = Europe/Berlin  (company; overrides default, platform)\n")
                .contains("linekey.1                     = blf:210:Reception  (device)\n");
    }

    @Test
    void explanationMasksSecretsAndSummarisesCertificates() {
        final ParameterExplanation explanation = ParameterResolver.resolve(List.of(ParameterLayer.of(
                Level.COMPANY,
                "vendor.polycom.device.auth.localAdminPassword", "hunter2",
                "trusted.ca", "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----"))).explain();

        assertThat(explanation.toText()).doesNotContain("hunter2").doesNotContain("MIIB")
                                        .contains("(PEM, 1 certificate)");
    }

    @Test
    void emptyValueClearsAnInheritedOptionalValue() {
        final EffectiveParameters parameters = ParameterResolver.resolve(List.of(
                ParameterLayer.of(Level.COMPANY, "sip.outbound.proxy", "edge.example.com", "linekey.4", "line:1"),
                ParameterLayer.of(Level.DEVICE, "sip.outbound.proxy", "", "linekey.4", "")));

        assertThat(parameters.outboundProxy()).isEmpty();
        assertThat(parameters.lineKeys()).isEmpty();
        assertThat(parameters.explain().find("sip.outbound.proxy")).isEmpty();
    }

    @Test
    void lineKeysAndVendorKeysAreTyped() {
        final EffectiveParameters parameters = ParameterResolver.resolve(List.of(ParameterLayer.of(
                Level.WORKPLACE,
                "linekey.10", "speeddial:+4930123:Hotline: 24/7",
                "linekey.2", "line:1",
                "vendor.yealink.features.dnd.enable", "1")));

        assertThat(parameters.lineKeys()).containsExactly(
                new LineKey(2, LineKey.Type.LINE, "1", ""),
                new LineKey(10, LineKey.Type.SPEED_DIAL, "+4930123", "Hotline: 24/7"));
        assertThat(parameters.vendorKeys(Vendor.YEALINK)).isEqualTo(Map.of("features.dnd.enable", "1"));
        assertThat(parameters.vendorKeys(Vendor.POLYCOM)).isEmpty();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "time.zone | CET+1 | an IANA time zone id",
        "language | klingon | one of en, de",
        "ntp.servers | a.example.com,,b | one or two host names",
        "ntp.servers | a,b,c | one or two host names",
        "sip.server | pbx example | a host name or IPv4 address",
        "sip.port | 70000 | a port number from 1 to 65535",
        "sip.transport | sctp | one of udp, tcp, tls",
        "sip.registration.expiry | 10 | whole seconds from 30 to 86400",
        "sip.outbound.proxy | edge:port | host or host:port",
        "codecs | g722,g722 | codecs in order of preference",
        "codecs | speex | codecs in order of preference",
        "provisioning.polling.interval | 5 | whole minutes from 60 to 10080",
        "firmware.file | ../../etc/passwd | a file name",
        "firmware.url | ftp://fw.example.com/ | an http or https URL",
        "trusted.ca | not a certificate | PEM certificates",
        "linekey.0 | line:1 | type:value[:label]",
        "linekey.5 | park:1 | type:value[:label]",
        "linekey.5 | line:abc | type:value[:label]",
        "vendor.snom.foo | 1 | vendor.yealink.<key> or vendor.polycom.<key>",
        "vendor.yealink.9bad | 1 | vendor.yealink.<key> or vendor.polycom.<key>",
        "sip.prot | udp | one of time.zone"})
    void invalidValueIsRefusedNamingParameterLevelAndForm(String name, String value, String expected) {
        assertThatThrownBy(() -> ParameterResolver.resolve(List.of(ParameterLayer.of(Level.GROUP, name, value))))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> {
                    assertThat(e.parameter()).isEqualTo(name);
                    assertThat(e.level()).isEqualTo(Level.GROUP);
                    assertThat(e.expected()).startsWith(expected);
                    assertThat(e.getMessage()).startsWith("parameter '" + name + "' set at level group: ");
                });
    }

    @Test
    void lineBreakInAValueIsRefusedBecauseKeyValueFilesCannotCarryIt() {
        final ParameterLayer layer = ParameterLayer.of(Level.COMPANY, "vendor.yealink.phone_setting.title",
                                                       "Welcome\naccount.1.password = stolen");

        assertThatThrownBy(() -> ParameterResolver.resolve(List.of(layer)))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("'vendor.yealink.phone_setting.title' set at level company")
                .hasMessageContaining("line break");
    }

    @Test
    void badValueIsReportedAtItsLevelEvenWhenOverridden() {
        final List<ParameterLayer> layers = List.of(ParameterLayer.of(Level.COMPANY, "sip.port", "0"),
                                                    ParameterLayer.of(Level.DEVICE, "sip.port", "5060"));

        assertThatThrownBy(() -> ParameterResolver.resolve(layers))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                                        e -> assertThat(e.level()).isEqualTo(Level.COMPANY));
    }

    @Test
    void defaultedParameterCannotBeCleared() {
        assertThatThrownBy(() -> ParameterResolver.resolve(List.of(ParameterLayer.of(Level.DEVICE, "sip.port", " "))))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("cannot be cleared");
    }

    @Test
    void layersOutOfOrderAreRefused() {
        final List<ParameterLayer> layers = List.of(ParameterLayer.of(Level.DEVICE, "language", "de"),
                                                    ParameterLayer.of(Level.COMPANY, "language", "fr"));

        assertThatThrownBy(() -> ParameterResolver.resolve(layers))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("level company at position 2 comes after the more specific level device");
    }

    @Test
    void defaultLevelCannotBeSupplied() {
        assertThatThrownBy(() -> ParameterLayer.of(Level.DEFAULT, "language", "de"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
