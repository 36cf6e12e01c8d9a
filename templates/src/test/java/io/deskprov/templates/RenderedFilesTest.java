package io.deskprov.templates;

import static io.deskprov.templates.Fixtures.TRICKY_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import io.deskprov.templates.catalog.PhoneModel;
import io.deskprov.templates.catalog.Vendor;
import io.deskprov.templates.params.Level;
import io.deskprov.templates.params.ParameterLayer;

class RenderedFilesTest {
    private static final ProvisioningRenderer RENDERER = Fixtures.renderer();
    private static final String MAC = "805ec0123456";
    private static final String PEM = "-----BEGIN CERTIFICATE-----\nMIIBfake\n-----END CERTIFICATE-----";

    static Stream<PhoneModel> yealinkModels() {
        return Fixtures.CATALOG.models().stream().filter(m -> m.vendor() == Vendor.YEALINK);
    }

    static Stream<PhoneModel> polycomModels() {
        return Fixtures.CATALOG.models().stream().filter(m -> m.vendor() == Vendor.POLYCOM);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("yealinkModels")
    void yealinkFilesParseBackWithTheAccountsThatWentIn(PhoneModel model) {
        final List<RenderedFile> files = RENDERER.renderDevice(Fixtures.request(model).build());

        assertThat(files).extracting(RenderedFile::name)
                         .containsExactly(MAC + ".boot", MAC + ".cfg", MAC + "-phonebook.xml");
        final Map<String, String> boot = RenderedFormats.yealink(files.get(0));
        assertThat(boot).containsEntry("overwrite_mode", "1");
        assertThat(files.get(0).text()).contains("include:config \"" + model.commonFileName().orElseThrow() + "\"\n");
        final Map<String, String> config = RenderedFormats.yealink(files.get(1));
        final List<SipAccount> accounts = Fixtures.accounts(model);
        for (int i = 0; i < accounts.size(); i++) {
            final SipAccount account = accounts.get(i);
            final String prefix = "account." + (i + 1) + '.';
            assertThat(config).containsEntry(prefix + "user_name", account.userName())
                              .containsEntry(prefix + "auth_name", account.authUserName())
                              .containsEntry(prefix + "password", account.password())
                              .containsEntry(prefix + "display_name", account.displayName())
                              .containsEntry(prefix + "sip_server.1.address", account.domain())
                              .containsEntry(prefix + "sip_server.1.port", "5061")
                              .containsEntry(prefix + "sip_server.1.transport_type", "2");
        }
        assertThat(config).containsEntry("static.firmware.url",
                                         "https://prov.example.com/p/firmware/" + model.firmware())
                          .containsEntry("features.dnd.enable", "1")
                          .containsEntry("remote_phonebook.data.1.url",
                                         "https://prov.example.com/p/" + MAC + "-phonebook.xml");
        assertThat(RenderedFormats.xml(files.get(2)).getDocumentElement().getTagName())
                .isEqualTo("YealinkIPPhoneDirectory");
    }

    @Test
    void yealinkPhonebookParsesBackToTheContactsThatWentInWithoutSpeedDials() {
        final DeviceRenderRequest request = Fixtures.request(Fixtures.model("yealink T54W"))
                                                    .contact(new Contact("", "", "+4930999"))
                                                    .build();

        final RenderedFile phonebook = RENDERER.renderDeviceFile(request, MAC + "-phonebook.xml").orElseThrow();

        assertThat(phonebook.contentType()).startsWith("application/xml");
        final Document document = RenderedFormats.xml(phonebook);
        assertThat(texts(document, "Name")).containsExactly("Grace Hopper", "Tom & Jerry <Cartoon>", "+4930999");
        assertThat(texts(document, "Telephone")).containsExactly("205", "206", "+4930999");
    }

    @Test
    void yealinkPhonebookRefreshesAsOftenAsThePhonePolls() {
        final RenderedFile config = RENDERER.renderDeviceFile(Fixtures.request(Fixtures.model("yealink T46U"))
                                                                      .build(), MAC + ".cfg")
                                            .orElseThrow();

        assertThat(RenderedFormats.yealink(config)).containsEntry("static.auto_provision.repeat.minutes", "120")
                                                   .containsEntry("features.remote_phonebook.flash_time", "7200")
                                                   .containsEntry("features.remote_phonebook.enable", "1");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("polycomModels")
    void polycomFilesParseBackWithTheAccountsThatWentIn(PhoneModel model) {
        final List<RenderedFile> files = RENDERER.renderDevice(Fixtures.request(model).build());

        assertThat(files).extracting(RenderedFile::name)
                         .containsExactly(MAC + ".cfg", MAC + "-deskprov.cfg", MAC + "-directory.xml");
        final Document master = RenderedFormats.xml(files.get(0));
        assertThat(master.getDocumentElement().getTagName()).isEqualTo("APPLICATION");
        assertThat(master.getDocumentElement().getAttribute("CONFIG_FILES")).isEqualTo(MAC + "-deskprov.cfg");
        final Document settings = RenderedFormats.xml(files.get(1));
        assertThat(settings.getDocumentElement().getTagName()).isEqualTo("polycomConfig");
        final Map<String, String> attributes = RenderedFormats.attributes(settings);
        final List<SipAccount> accounts = Fixtures.accounts(model);
        for (int i = 0; i < accounts.size(); i++) {
            final SipAccount account = accounts.get(i);
            final String prefix = "reg." + (i + 1) + '.';
            assertThat(attributes).containsEntry(prefix + "address", account.userName() + '@' + account.domain())
                                  .containsEntry(prefix + "auth.userId", account.authUserName())
                                  .containsEntry(prefix + "auth.password", account.password())
                                  .containsEntry(prefix + "displayName", account.displayName())
                                  .containsEntry(prefix + "server.1.transport", "TLS");
        }
        assertThat(RenderedFormats.xml(files.get(2)).getDocumentElement().getTagName()).isEqualTo("directory");
    }

    @Test
    void polycomSettingsCarryTimeLanguageCodecsAndLineKeys() {
        final RenderedFile settings = RENDERER.renderDeviceFile(Fixtures.request(Fixtures.model("polycom VVX 450"))
                                                                        .build(), MAC + "-deskprov.cfg")
                                              .orElseThrow();

        final Map<String, String> attributes = RenderedFormats.attributes(RenderedFormats.xml(settings));

        assertThat(attributes).containsEntry("tcpIpApp.sntp.gmtOffset", "3600")
                              .containsEntry("tcpIpApp.sntp.daylightSavings.start.month", "3")
                              .containsEntry("tcpIpApp.sntp.daylightSavings.start.dayOfWeek.lastInMonth", "1")
                              .containsEntry("tcpIpApp.sntp.daylightSavings.stop.month", "10")
                              .containsEntry("lcl.ml.lang", "German_Germany")
                              .containsEntry("voice.codecPref.OPUS", "1")
                              .containsEntry("voice.codecPref.G711_Mu", "0")
                              .containsEntry("lineKey.2.category", "BLF")
                              .containsEntry("attendant.resourceList.1.address", "210@pbx.example.com")
                              .containsEntry("lineKey.3.category", "SpeedDial")
                              .containsEntry("prov.polling.period", "7200")
                              .containsEntry("voIpProt.SIP.outboundProxy.address", "edge.example.com")
                              .containsEntry("feature.enhancedFeatureKeys.enabled", "1");
    }

    @Test
    void yealinkTrustedCaGivenAsPemIsServedAsAFileOfItsOwn() {
        final DeviceRenderRequest request = withTrustedCa("yealink T54W");

        final List<RenderedFile> files = RENDERER.renderDevice(request);

        assertThat(files).extracting(RenderedFile::name).contains(MAC + "-trusted-ca.crt");
        assertThat(files.get(2).text()).isEqualTo(PEM + "\n");
        assertThat(RenderedFormats.yealink(files.get(1)))
                .containsEntry("static.trusted_certificates.url", "https://prov.example.com/p/" + MAC
                                                                  + "-trusted-ca.crt");
    }

    @Test
    void polycomTrustedCaKeepsItsLineBreaksInTheAttribute() {
        final DeviceRenderRequest request = withTrustedCa("polycom E450");

        final RenderedFile settings = RENDERER.renderDeviceFile(request, MAC + "-deskprov.cfg").orElseThrow();

        assertThat(RenderedFormats.attributes(RenderedFormats.xml(settings)))
                .containsEntry("sec.TLS.customCaCert.1", PEM + "\n");
    }

    @Test
    void passwordWithMarkupAndTemplateSyntaxSurvivesBothFormats() {
        final RenderedFile yealink = RENDERER.renderDeviceFile(
                Fixtures.request(Fixtures.model("yealink T46U")).build(), MAC + ".cfg").orElseThrow();
        final RenderedFile polycom = RENDERER.renderDeviceFile(
                Fixtures.request(Fixtures.model("polycom VVX 450")).build(), MAC + "-deskprov.cfg").orElseThrow();

        assertThat(RenderedFormats.yealink(yealink)).containsEntry("account.1.password", TRICKY_PASSWORD);
        assertThat(RenderedFormats.attributes(RenderedFormats.xml(polycom)))
                .containsEntry("reg.1.auth.password", TRICKY_PASSWORD);
    }

    @Test
    void unknownFileNameRendersNothing() {
        assertThat(RENDERER.renderDeviceFile(Fixtures.request(Fixtures.model("yealink T46U")).build(), "x.cfg"))
                .isEmpty();
    }

    @Test
    void yealinkSiteFilesCoverEveryHardwareIdOnce() {
        final List<RenderedFile> files = RENDERER.renderSite(
                new SiteRenderRequest(Vendor.YEALINK, Fixtures.PROVISIONING_URL, List.of(Fixtures.companyLayer())));

        assertThat(files).extracting(RenderedFile::name)
                         .startsWith("y000000000000.boot", "deskprov-site.cfg")
                         .contains("y000000000095.cfg", "y000000000108.cfg")
                         .doesNotHaveDuplicates();
        files.forEach(RenderedFormats::yealink);
        assertThat(files.get(0).text()).contains("include:config \"deskprov-site.cfg\"");
    }

    @Test
    void polycomSiteMasterListsThePerDeviceSettings() {
        final List<RenderedFile> files = RENDERER.renderSite(
                new SiteRenderRequest(Vendor.POLYCOM, Fixtures.PROVISIONING_URL, List.of()));

        assertThat(files).extracting(RenderedFile::name).containsExactly("000000000000.cfg");
        assertThat(RenderedFormats.xml(files.get(0)).getDocumentElement().getAttribute("CONFIG_FILES"))
                .isEqualTo("[PHONE_MAC_ADDRESS]-deskprov.cfg");
    }

    @Test
    void renderingTwiceGivesTheSameBytesAndEtag() {
        final DeviceRenderRequest request = Fixtures.request(Fixtures.model("polycom VVX 450")).build();

        final List<RenderedFile> first = RENDERER.renderDevice(request);
        final List<RenderedFile> second = Fixtures.renderer().renderDevice(request);

        assertThat(second).isEqualTo(first);
        assertThat(second).extracting(RenderedFile::etag).isEqualTo(first.stream().map(RenderedFile::etag).toList());
    }

    @Test
    void moreAccountsThanTheModelHoldsAreRefused() {
        final DeviceRenderRequest.Builder request = Fixtures.request(Fixtures.model("polycom VVX 101"))
                                                            .account(Fixtures.accounts(Fixtures.model("yealink T46U"))
                                                                             .get(1));

        assertThatThrownBy(() -> RENDERER.renderDevice(request.build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("accounts: 2 given, but the VVX 101 holds 1");
    }

    private static List<String> texts(Document document, String element) {
        final NodeList nodes = document.getElementsByTagName(element);
        return IntStream.range(0, nodes.getLength()).mapToObj(i -> nodes.item(i).getTextContent()).toList();
    }

    private static DeviceRenderRequest withTrustedCa(String model) {
        return Fixtures.request(Fixtures.model(model))
                       .layer(ParameterLayer.of(Level.DEVICE, "trusted.ca", PEM))
                       .build();
    }
}
