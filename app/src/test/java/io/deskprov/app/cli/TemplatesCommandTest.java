package io.deskprov.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplatesCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @TempDir
    Path directory;

    @BeforeEach
    void captureOutput() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreOutput() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    @Test
    void bundledTemplatesCheckClean() {
        assertThat(Main.run("templates", "check")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("templates are fine");
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
        assertThat(out.toString(StandardCharsets.UTF_8)).containsPattern("yealink/device\\.vm:\\d+:\\d+: .*devize");
    }

    @Test
    void missingDirectoryIsReportedClearly() {
        assertThat(Main.run("templates", "check", directory.resolve("nope").toString())).isEqualTo(Main.USAGE_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("does not exist").doesNotContain("\tat ");
    }
}
