package io.deskprov.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.deskprov.templates.catalog.PhoneModel;

class TemplateSecurityTest {
    private static final String MAC = "805ec0123456";
    private static final String INJECTION = "#set($account.password = 'x')$device.mac ${time} #evaluate('$x')";

    @TempDir
    Path templates;

    @Test
    void templateSyntaxInValuesIsPrintedLiterallyForYealink() {
        final RenderedFile file = render(Fixtures.model("yealink T46U"), MAC + ".cfg", INJECTION);

        assertThat(RenderedFormats.yealink(file)).containsEntry("account.1.display_name", INJECTION)
                                                 .containsEntry("account.1.label", INJECTION);
    }

    @Test
    void templateSyntaxInValuesIsPrintedLiterallyForPolycom() {
        final RenderedFile file = render(Fixtures.model("polycom VVX 450"), MAC + "-deskprov.cfg", INJECTION);

        final Map<String, String> attributes = RenderedFormats.attributes(RenderedFormats.xml(file));

        assertThat(attributes).containsEntry("reg.1.displayName", INJECTION)
                              .containsEntry("reg.1.auth.password", Fixtures.TRICKY_PASSWORD);
    }

    @Test
    void lineBreakInADisplayNameIsRefusedNamingTheField() {
        assertThatThrownBy(() -> new SipAccount("201", "201", "pw", "pbx.example.com", "Ada\naccount.2.enable = 1",
                                                ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("displayName: contains a line break");
    }

    @Test
    void templateCannotReachClassesThroughGetClass() throws IOException {
        write("yealink/device-boot.vm", "#!version:1.0.0.1\n"
                                        + "x = $device.getClass().forName('java.lang.Runtime').getRuntime()\n");

        assertThatThrownBy(() -> operatorRenderer().renderDeviceFile(request(), MAC + ".boot"))
                .isInstanceOfSatisfying(TemplateRenderException.class, e -> {
                    assertThat(e.templateName()).isEqualTo("yealink/device-boot.vm");
                    assertThat(e.line()).isEqualTo(2);
                });
    }

    @Test
    void misspeltReferenceInAnOperatorTemplateFailsWithFileAndLine() throws IOException {
        write("yealink/device-boot.vm", "#!version:1.0.0.1\n# $device.model\ninclude:config \"$devce.mac\"\n");

        assertThatThrownBy(() -> operatorRenderer().renderDeviceFile(request(), MAC + ".boot"))
                .isInstanceOfSatisfying(TemplateRenderException.class, e -> {
                    assertThat(e.templateName()).isEqualTo("yealink/device-boot.vm");
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo(17);
                });
    }

    @Test
    void operatorTemplateOverridesTheBundledOne() throws IOException {
        write("yealink/device-boot.vm", "#!version:1.0.0.1\n# operator boot for $device.mac\n");

        final RenderedFile boot = operatorRenderer().renderDeviceFile(request(), MAC + ".boot").orElseThrow();
        final RenderedFile config = operatorRenderer().renderDeviceFile(request(), MAC + ".cfg").orElseThrow();

        assertThat(boot.text()).isEqualTo("#!version:1.0.0.1\n# operator boot for " + MAC + "\n");
        assertThat(RenderedFormats.yealink(config)).containsKey("account.1.password");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../../../etc/passwd", "/etc/passwd", "io/deskprov/templates/catalog/models.yaml",
                            "logback-test.xml"})
    void parseCannotReachFilesOutsideTheTemplateRoots(String path) throws IOException {
        write("yealink/device-boot.vm", "#!version:1.0.0.1\n#parse('" + path + "')\n");

        assertThatThrownBy(() -> operatorRenderer().renderDeviceFile(request(), MAC + ".boot"))
                .isInstanceOf(TemplateRenderException.class)
                .hasMessageContaining("yealink/device-boot.vm");
    }

    @Test
    void evaluateIsDisabled() throws IOException {
        write("yealink/device-boot.vm", "#!version:1.0.0.1\n#evaluate('#set($a = 1)')\n");

        assertThatThrownBy(() -> operatorRenderer().renderDeviceFile(request(), MAC + ".boot"))
                .isInstanceOfSatisfying(TemplateRenderException.class,
                                        e -> assertThat(e).hasMessageContaining("#evaluate is disabled"));
    }

    @Test
    void checkerReportsEachBrokenTemplateWithFileAndLine() throws IOException {
        write("yealink/device.vm", "#!version:1.0.0.1\naccount.1.user_name = $acount.userName\n");
        write("polycom/directory.vm", "<directory>\n#if($directory.isEmpty()\n</directory>\n");
        write("polycom/notes.vm", "fine $text\n");

        final List<TemplateProblem> problems = TemplateChecker.check(templates);

        // The unclosed #if( is noticed where the parser meets the next line.
        assertThat(problems).extracting(TemplateProblem::file, TemplateProblem::line)
                            .containsExactlyInAnyOrder(tuple(file("yealink/device.vm"), 2),
                                                       tuple(file("polycom/directory.vm"), 3));
        assertThat(problems).noneMatch(p -> p.file().startsWith("bundled:"));
        assertThat(problems).noneMatch(p -> p.file().endsWith("notes.vm"));
    }

    @Test
    void checkerFindsNoProblemInTheBundledTemplates() {
        assertThat(TemplateChecker.check(templates)).isEmpty();
    }

    private RenderedFile render(PhoneModel model, String fileName, String text) {
        final DeviceRenderRequest request =
                DeviceRenderRequest.builder(MAC, model.vendor(), model.model())
                                   .workplace(new Workplace(text, text))
                                   .provisioningUrl(Fixtures.PROVISIONING_URL)
                                   .account(new SipAccount("201", "201", Fixtures.TRICKY_PASSWORD, "pbx.example.com",
                                                           text, text))
                                   .contact(new Contact(text, text, "205"))
                                   .build();
        return Fixtures.renderer().renderDeviceFile(request, fileName).orElseThrow();
    }

    private DeviceRenderRequest request() {
        return Fixtures.request(Fixtures.model("yealink T46U")).build();
    }

    private ProvisioningRenderer operatorRenderer() {
        return ProvisioningRenderer.builder(Fixtures.CATALOG)
                                   .clock(Fixtures.CLOCK)
                                   .operatorTemplates(templates)
                                   .build();
    }

    private void write(String name, String text) throws IOException {
        final Path file = templates.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private String file(String name) {
        return templates.resolve(name).toString();
    }
}
