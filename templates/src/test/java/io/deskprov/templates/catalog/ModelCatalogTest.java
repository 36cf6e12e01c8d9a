package io.deskprov.templates.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ModelCatalogTest {
    private static final ModelCatalog CATALOG = ModelCatalog.bundled();

    @ParameterizedTest
    @ValueSource(strings = {"T31G", "T33G", "T34W", "T41S", "T42S", "T43U", "T44W", "T46S", "T46U", "T48S",
                            "T48U", "T52S", "T53", "T53W", "T54S", "T54W", "T57W"})
    void bundledCatalogListsYealinkModel(String model) {
        assertThat(CATALOG.find(Vendor.YEALINK, model)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"VVX 150", "VVX 250", "VVX 350", "VVX 450", "VVX 501", "VVX 601", "E100", "E220",
                            "E350", "E400", "E450", "E500", "E550"})
    void bundledCatalogListsPolycomModel(String model) {
        assertThat(CATALOG.find(Vendor.POLYCOM, model)).isPresent();
    }

    @Test
    void lookupIgnoresCaseSpacesAndHyphens() {
        assertThat(CATALOG.require(Vendor.POLYCOM, "vvx-450").model()).isEqualTo("VVX 450");
        assertThat(CATALOG.find(Vendor.YEALINK, "VVX 450")).isEmpty();
    }

    @Test
    void unknownModelIsRefusedByName() {
        assertThatThrownBy(() -> CATALOG.require(Vendor.YEALINK, "T99X"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("T99X");
    }

    @ParameterizedTest
    @CsvSource({"y000000000108.cfg, T46U", "y000000000095.cfg, 'T53,T53W'", "y000000000068.cfg, T41S"})
    void commonFileNameIdentifiesYealinkModels(String fileName, String models) {
        assertThat(CATALOG.byYealinkCommonFile(fileName)).extracting(PhoneModel::model)
                                                         .containsExactly(models.split(","));
    }

    @ParameterizedTest
    @ValueSource(strings = {"y000000000999.cfg", "y00000000108.cfg", "y000000000108.boot", "000000000000.cfg"})
    void otherFileNamesIdentifyNoModel(String fileName) {
        assertThat(CATALOG.byYealinkCommonFile(fileName)).isEmpty();
    }

    @Test
    void yealinkModelKnowsItsCommonFile() {
        assertThat(CATALOG.require(Vendor.YEALINK, "T53W").commonFileName()).contains("y000000000095.cfg");
        assertThat(CATALOG.require(Vendor.POLYCOM, "VVX 450").commonFileName()).isEmpty();
    }

    @Test
    void duplicateModelIsRefusedWithItsEntry() {
        final String yaml = """
                models:
                  - {vendor: yealink, model: T46U, family: T4xU, hardwareId: 108, lineKeys: 4, sipAccounts: 1,
                     firmware: a.rom}
                  - {vendor: yealink, model: t46u, family: T4xU, hardwareId: 108, lineKeys: 4, sipAccounts: 1,
                     firmware: a.rom}
                """;

        assertThatThrownBy(() -> parse(yaml))
                .isInstanceOf(CatalogException.class)
                .hasMessage("test.yaml: entry 2: duplicate model yealink t46u");
    }

    @Test
    void missingFieldIsRefusedWithItsName() {
        final String yaml = """
                models:
                  - {vendor: polycom, model: VVX 450, family: VVX 4xx, lineKeys: 12, firmware: sip.ld}
                """;

        assertThatThrownBy(() -> parse(yaml))
                .isInstanceOf(CatalogException.class)
                .hasMessage("test.yaml: entry 1 (VVX 450): missing field 'sipAccounts'");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{vendor: yealink, model: T46U, family: F, lineKeys: 1, sipAccounts: 1, firmware: f} | hardwareId",
        "{vendor: snom, model: D785, family: F, lineKeys: 1, sipAccounts: 1, firmware: f} | vendor",
        "{vendor: polycom, model: E100, family: F, lineKeys: many, sipAccounts: 1, firmware: f} | lineKeys",
        "{vendor: polycom, model: E100, family: F, lineKeys: 1, sipAccounts: 1, firmware: f, color: red} | color"})
    void malformedEntryIsRefusedNamingTheField(String entry, String field) {
        assertThatThrownBy(() -> parse("models:\n  - " + entry + "\n"))
                .isInstanceOf(CatalogException.class)
                .hasMessageStartingWith("test.yaml: entry 1")
                .hasMessageContaining(field);
    }

    private static ModelCatalog parse(String yaml) {
        return ModelCatalog.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }
}
