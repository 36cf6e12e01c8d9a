package io.deskprov.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.deskprov.app.Node;

class MainTest {
    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    @TempDir
    Path directory;

    @Test
    void versionPrintsTheBuildVersion() {
        assertThat(Main.run("version")).isZero();
        assertThat(console.out().trim()).isEqualTo(Node.version()).doesNotContain("$");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"start", "migrate", "config", "version"}) {
            console.clear();
            assertThat(Main.run(command, "--help")).as(command).isZero();
            assertThat(console.out()).as(command).contains("Usage: deskprov " + command);
        }
    }

    @Test
    void configurationMistakeIsReportedWithoutAStackTrace() throws Exception {
        final Path file = Files.writeString(directory.resolve("bad.properties"), "management.port=http\n");

        final int exit = Main.run("start", "--config", file.toString());

        assertThat(exit).isEqualTo(Main.USAGE_ERROR);
        assertThat(console.err())
                .contains("deskprov: configuration error: management.port from " + file)
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void migrateBringsAnEmbeddedDatabaseUpToDateTwice() {
        final String dataDir = "--set=data.dir=" + directory;

        assertThat(Main.run("migrate", dataDir)).isZero();
        assertThat(Main.run("migrate", dataDir)).isZero();

        assertThat(console.out())
                .contains("migration(s) applied, schema up to date")
                .contains(": 0 migration(s) applied");
    }

    @Test
    void configCheckAcceptsTheExampleAndNamesTheFirstProblemOfABadFile() throws Exception {
        final Path bad = Files.writeString(directory.resolve("bad.properties"), "database.pool.max-size=0\n");

        assertThat(Main.run("config", "check", "--config", "../deskprov.example.properties")).isZero();
        assertThat(Main.run("config", "check", "--config", bad.toString())).isEqualTo(Main.USAGE_ERROR);
        assertThat(console.err())
                .contains("database.pool.max-size from " + bad + " is '0'; expected a whole number from 1 to 500");
    }
}
