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
    void missingDirectoryIsReportedClearly() {
        assertThat(Main.run("templates", "check", directory.resolve("nope").toString())).isEqualTo(Main.USAGE_ERROR);
        assertThat(console.err()).contains("does not exist").doesNotContain("\tat ");
    }
}
