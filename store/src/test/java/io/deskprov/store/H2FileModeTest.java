package io.deskprov.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2FileModeTest {
    @TempDir
    Path directory;

    @Test
    void migrationsApplyToAFileDatabaseAndSurviveReopening() {
        final String url = "jdbc:h2:file:" + directory.resolve("deskprov")
                           + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        final DatabaseSettings settings = DatabaseSettings.builder(url).build();

        try (Database database = Database.open(settings, null)) {
            assertThat(database.migrate()).isGreaterThanOrEqualTo(2);
        }
        try (Database reopened = Database.open(settings, null)) {
            assertThat(reopened.migrate()).isZero();
        }
    }
}
