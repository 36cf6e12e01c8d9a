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

import io.deskprov.app.Node;

class MainTest {
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
    void versionPrintsTheBuildVersion() {
        assertThat(Main.run("version")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).trim()).isEqualTo(Node.version()).doesNotContain("$");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"start", "migrate", "config", "version"}) {
            out.reset();
            assertThat(Main.run(command, "--help")).as(command).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).as(command).contains("Usage: deskprov " + command);
        }
    }

    @Test
    void configurationMistakeIsReportedWithoutAStackTrace() throws Exception {
        final Path file = Files.writeString(directory.resolve("bad.properties"), "management.port=http\n");

        final int exit = Main.run("start", "--config", file.toString());

        assertThat(exit).isEqualTo(Main.USAGE_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("deskprov: configuration error: management.port from " + file)
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void migrateBringsAnEmbeddedDatabaseUpToDateTwice() {
        final String dataDir = "--set=data.dir=" + directory;

        assertThat(Main.run("migrate", dataDir)).isZero();
        assertThat(Main.run("migrate", dataDir)).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("migration(s) applied, schema up to date")
                .contains(": 0 migration(s) applied");
    }

    @Test
    void configCheckAcceptsTheExampleAndNamesTheFirstProblemOfABadFile() throws Exception {
        final Path bad = Files.writeString(directory.resolve("bad.properties"), "database.pool.max-size=0\n");

        assertThat(Main.run("config", "check", "--config", "../deskprov.example.properties")).isZero();
        assertThat(Main.run("config", "check", "--config", bad.toString())).isEqualTo(Main.USAGE_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("database.pool.max-size from " + bad + " is '0'; expected a whole number from 1 to 500");
    }
}
