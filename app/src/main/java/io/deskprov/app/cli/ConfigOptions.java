package io.deskprov.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.deskprov.app.config.Configuration;
import picocli.CommandLine.Option;

/** The options every command that reads the configuration shares. */
final class ConfigOptions {
    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (default: $DESKPROV_CONFIG, else ./deskprov.properties if present).")
    @Nullable Path file;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Sets one configuration key, over the file and the environment. Repeatable.")
    List<String> overrides = new ArrayList<>();

    Configuration load() {
        return Configuration.load(file, System.getenv(), overrides);
    }
}
