package io.deskprov.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.deskprov.app.config.Configuration;
import io.deskprov.app.config.Keys;
import io.deskprov.store.DatabaseSettings;
import io.deskprov.store.SecretBox;

/** What every command derives from the configuration before it touches anything. */
final class Launch {
    // PostgreSQL mode with lower-case identifiers, so that the same SQL runs on both engines.
    // H2 must not close the database from its own shutdown hook: ours lets in-flight work
    // finish first, and a migration cut in half by H2 would leave a half-made schema.
    private static final String H2_OPTIONS =
            ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE";

    private Launch() {
    }

    /** The data directory, made if missing. */
    static Path dataDir(Configuration config) {
        final Path dataDir = config.get(Keys.DATA_DIR).toAbsolutePath().normalize();
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new NodeStartException("cannot create the data directory " + dataDir + " (data.dir): "
                                         + e.getMessage(), e);
        }
        return dataDir;
    }

    /** The box sealing secrets at rest, from the configured key file or one made under the data directory. */
    static SecretBox secretBox(Configuration config) {
        final Path keyFile = config.isEmpty(Keys.SECRETS_KEY_FILE) ? dataDir(config).resolve("secret.key")
                                                                   : config.get(Keys.SECRETS_KEY_FILE);
        try {
            return SecretBox.loadOrCreate(keyFile);
        } catch (IOException e) {
            throw new NodeStartException("cannot use the secret key file " + keyFile + ": " + e.getMessage(), e);
        }
    }

    /** The configured database, or embedded H2 under the data directory when none is. */
    static DatabaseSettings databaseSettings(Configuration config) {
        final String url = config.isEmpty(Keys.DATABASE_URL)
                           ? "jdbc:h2:file:" + dataDir(config).resolve("deskprov") + H2_OPTIONS
                           : config.get(Keys.DATABASE_URL);
        try {
            return DatabaseSettings.builder(url)
                                   .username(config.get(Keys.DATABASE_USERNAME))
                                   .password(config.get(Keys.DATABASE_PASSWORD))
                                   .maxPoolSize(config.get(Keys.DATABASE_POOL_MAX_SIZE))
                                   .connectionTimeout(config.get(Keys.DATABASE_CONNECTION_TIMEOUT))
                                   .build();
        } catch (IllegalArgumentException e) {
            throw new NodeStartException("database settings are not usable: " + e.getMessage(), e);
        }
    }
}
