package io.deskprov.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigurationTest {
    @TempDir
    Path directory;

    @Test
    void nothingConfiguredGivesTheDocumentedDefaults() {
        final Configuration config = Configuration.load(null, Map.of(), List.of());

        assertThat(config.get(Keys.MANAGEMENT_PORT)).isEqualTo(8091);
        assertThat(config.get(Keys.DATABASE_CONNECTION_TIMEOUT)).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.isEmpty(Keys.DATABASE_URL)).isTrue();
    }

    @Test
    void flagBeatsEnvironmentWhichBeatsTheFile() throws IOException {
        final Path file = write("management.port=9001\ndatabase.pool.max-size=7\nshutdown.grace-period=3s\n");

        final Configuration config = Configuration.load(
                file, Map.of("DESKPROV_MANAGEMENT_PORT", "9002", "DESKPROV_DATABASE_POOL_MAX_SIZE", "8"),
                List.of("management.port=9003"));

        assertThat(config.get(Keys.MANAGEMENT_PORT)).isEqualTo(9003);
        assertThat(config.get(Keys.DATABASE_POOL_MAX_SIZE)).isEqualTo(8);
        assertThat(config.get(Keys.SHUTDOWN_GRACE_PERIOD)).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void unknownKeyInTheFileStopsTheLoadNamingItAndTheLikelyKey() throws IOException {
        final Path file = write("managment.port=9001\n");

        assertThatThrownBy(() -> Configuration.load(file, Map.of(), List.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown key managment.port")
                .hasMessageContaining(file.toString())
                .hasMessageContaining("did you mean management.port");
    }

    @Test
    void unknownEnvironmentVariableWithThePrefixIsRefused() {
        assertThatThrownBy(() -> Configuration.load(null, Map.of("DESKPROV_DATABASE_UR", "x"), List.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown environment variable DESKPROV_DATABASE_UR")
                .hasMessageContaining("database.url");
    }

    @Test
    void variablesOfTheTestToolingAreNotConfiguration() {
        final Configuration config = Configuration.load(
                null, Map.of("DESKPROV_TEST_POSTGRES_URL", "jdbc:postgresql://x/y", "PATH", "/bin"), List.of());

        assertThat(config.get(Keys.MANAGEMENT_PORT)).isEqualTo(8091);
    }

    @Test
    void badValueNamesKeySourceAndExpectedForm() throws IOException {
        final Path file = write("database.connection-timeout=five seconds\n");

        assertThatThrownBy(() -> Configuration.load(file, Map.of(), List.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("database.connection-timeout from " + file)
                .hasMessageContaining("'five seconds'")
                .hasMessageContaining("expected a duration such as 250ms, 5s");
    }

    @Test
    void portOutOfRangeIsRefused() {
        assertThatThrownBy(() -> Configuration.load(null, Map.of(), List.of("management.port=70000")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("management.port from --set management.port")
                .hasMessageContaining("a TCP port from 1 to 65535");
    }

    @Test
    void badSecretValueIsNeverPrinted() {
        assertThatThrownBy(() -> Configuration.load(null, Map.of("DESKPROV_DATABASE_PASSWORD", "hunter2"),
                                                     List.of("data.dir= ")))
                .isInstanceOf(ConfigException.class)
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void flagWithoutEqualsSignIsRefused() {
        assertThatThrownBy(() -> Configuration.load(null, Map.of(), List.of("management.port")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("expected key=value");
    }

    @Test
    void missingConfigurationFileIsRefused() {
        final Path missing = directory.resolve("nope.properties");

        assertThatThrownBy(() -> Configuration.load(missing, Map.of(), List.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("cannot read configuration file " + missing);
    }

    @Test
    void exampleFileInTheRepositoryIsTheGeneratedOneAndLoads() throws IOException {
        final Path example = Path.of("..", "deskprov.example.properties");

        assertThat(Files.readString(example))
                .as("deskprov.example.properties is out of date: run ./deskprov config example > it")
                .isEqualTo(ConfigExample.render());
        assertThat(Configuration.load(example, Map.of(), List.of()).get(Keys.MANAGEMENT_PORT)).isEqualTo(8091);
    }

    private Path write(String content) throws IOException {
        return Files.writeString(directory.resolve("deskprov.properties"), content);
    }
}
