package io.deskprov.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class TemplatesCommandTest {
    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    @TempDir
    Path directory;

    @Test
    void bundledTemplatesCheckClean() {
        assertThat(Main.run("templates", "check")).isZero();
        assertThat(console.out()).contains("templates are fine");
    }

    @Test
    void misspeltReferenceInAnOperatorTemplateIsReportedWithFileAndLine() throws Exception {
        final Path yealink = Files.createDirectories(directory.resolve("yealink"));
        final Path bundled = Path.of("../templates/src/main/resources/io/deskprov/templates/bundled/yealink");
        try (var files = Files.list(bundled)) {
            for (Path file : files.toList()) {
                Files.copy(file, yealink.resolve(file.getFileName()));
            }
        }
        final Path device = yealink.resolve("device.vm");
        Files.writeString(device, Files.readString(device) + "\nbroken = $devize.mac\n");

        final int exit = Main.run("templates", "check", directory.toString());

        assertThat(exit).isEqualTo(TemplatesCommand.PROBLEMS_FOUND);
        assertThat(console.out()).containsPattern("yealink/device\\.vm:\\d+:\\d+: .*devize");
    }

    @Test
    void renderPreviewsWhatAnAssignedPhoneReceivesWithItsPasswordMasked() {
        final String dataDir = "--set=data.dir=" + directory.resolve("data");
        PhoneFixture.assignedYealink(directory.resolve("data"));

        assertThat(Main.run("templates", "render", "--mac", "00:15:65:a1:b2:c3", dataDir)).isZero();
        final String preview = console.out();
        console.clear();
        assertThat(Main.run("templates", "render", "--mac", "001565a1b2c3", "--explain", dataDir)).isZero();
        final String explanation = console.out();

        assertThat(preview).contains("==> 001565a1b2c3.cfg", "account.1.user_name = 4930123456",
                                     "account.1.password = ********")
                           .doesNotContain("sip-secret-value-1");
        assertThat(explanation).contains("time.zone").contains("group");
    }

    @Test
    void renderOfAnUnknownOrMalformedMacSaysSo() {
        final String dataDir = "--set=data.dir=" + directory.resolve("data");

        assertThat(Main.run("templates", "render", "--mac", "001565ffffff", dataDir)).isEqualTo(Main.USAGE_ERROR);
        assertThat(Main.run("templates", "render", "--mac", "not-a-mac", dataDir)).isEqualTo(Main.USAGE_ERROR);
        assertThat(console.err()).contains("no phone with MAC 001565ffffff", "not-a-mac").doesNotContain("\tat ");
    }

    @Test
    void missingDirectoryIsReportedClearly() {
        assertThat(Main.run("templates", "check", directory.resolve("nope").toString())).isEqualTo(Main.USAGE_ERROR);
        assertThat(console.err()).contains("does not exist").doesNotContain("\tat ");
    }
}
