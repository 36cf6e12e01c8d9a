package io.deskprov.app.config;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The resolved configuration of one process. Each key takes, in rising precedence, its default,
 * the configuration file, the environment variable, and the {@code --set key=value} flag. Every
 * value is checked when the configuration loads, so a running process never meets a bad one.
 */
public final class Configuration {
    /** Environment variables with this prefix set configuration keys. */
    public static final String ENVIRONMENT_PREFIX = "DESKPROV_";
    /** Names the configuration file when no {@code --config} flag does. */
    public static final String CONFIG_FILE_VARIABLE = "DESKPROV_CONFIG";
    /** The file read when neither the flag nor the variable names one, if it exists. */
    public static final Path DEFAULT_FILE = Path.of("deskprov.properties");

    // Variables of the project's own tooling, which share the prefix but configure no process.
    private static final List<String> FOREIGN_VARIABLES = List.of("DESKPROV_TEST_", CONFIG_FILE_VARIABLE);

    private final Map<String, Value> values;

    private Configuration(Map<String, Value> values) {
        this.values = values;
    }

    /** Where a value came from, for messages. */
    private record Value(String text, String source) {
    }

    /**
     * Loads and checks the configuration.
     *
     * @param file the configuration file, or null to use {@code DESKPROV_CONFIG} or {@link #DEFAULT_FILE}
     * @param environment the process environment
     * @param flags {@code key=value} pairs from the command line
     * @throws ConfigException naming the first problem found
     */
    public static Configuration load(@Nullable Path file, Map<String, String> environment, List<String> flags) {
        requireNonNull(environment, "environment");
        requireNonNull(flags, "flags");
        final Map<String, Value> values = defaultValues();
        final Path chosen = chooseFile(file, environment);
        if (chosen != null) {
            readFile(chosen).forEach((name, text) -> values.put(name, new Value(text, chosen.toString())));
        }
        readEnvironment(environment).forEach((name, value) -> values.put(name, value));
        readFlags(flags).forEach((name, text) -> values.put(name, new Value(text, "--set " + name)));
        final Configuration configuration = new Configuration(values);
        configuration.checkAll();
        return configuration;
    }

    /** The configuration of a process given nothing at all: every default. */
    public static Configuration defaults() {
        return new Configuration(defaultValues());
    }

    private static Map<String, Value> defaultValues() {
        final Map<String, Value> values = new LinkedHashMap<>();
        for (Key<?> key : Keys.ALL) {
            values.put(key.name(), new Value(key.defaultText(), "the default"));
        }
        return values;
    }

    /** The key's value, read with its parser; never fails, since loading checked every value. */
    public <T> T get(Key<T> key) {
        final Value value = values.get(key.name());
        if (value == null) {
            throw new IllegalArgumentException("key: " + key.name() + " (expected: one of Keys.ALL)");
        }
        return key.parser().parse(value.text());
    }

    /** Whether the key's value is empty, for keys whose empty value means "derive it". */
    public boolean isEmpty(Key<?> key) {
        final Value value = values.get(key.name());
        return value == null || value.text().isBlank();
    }

    private void checkAll() {
        for (Key<?> key : Keys.ALL) {
            final Value value = requireNonNull(values.get(key.name()));
            if (value.text().isBlank() && key.defaultText().isEmpty()) {
                continue;
            }
            try {
                key.parser().parse(value.text());
            } catch (IllegalArgumentException e) {
                throw new ConfigException(key.name() + " from " + value.source() + " is "
                                          + key.printable(value.text()) + "; expected " + e.getMessage());
            }
        }
        for (List<Key<?>> together : Keys.SET_TOGETHER) {
            final long set = together.stream().filter(key -> !isEmpty(key)).count();
            if (set != 0 && set != together.size()) {
                throw new ConfigException(together.stream().map(Key::name).collect(Collectors.joining(" and "))
                                          + " go together: set all of them or none");
            }
        }
    }

    private static @Nullable Path chooseFile(@Nullable Path file, Map<String, String> environment) {
        if (file != null) {
            return file;
        }
        final String named = environment.get(CONFIG_FILE_VARIABLE);
        if (named != null && !named.isBlank()) {
            return Path.of(named);
        }
        return Files.exists(DEFAULT_FILE) ? DEFAULT_FILE : null;
    }

    private static Map<String, String> readFile(Path file) {
        final Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new ConfigException("cannot read configuration file " + file + ": " + e.getMessage(), e);
        }
        final Map<String, String> values = new LinkedHashMap<>();
        for (String name : properties.stringPropertyNames()) {
            requireKnown(name, "configuration file " + file);
            values.put(name, properties.getProperty(name).trim());
        }
        return values;
    }

    private static Map<String, Value> readEnvironment(Map<String, String> environment) {
        final Map<String, Value> values = new LinkedHashMap<>();
        for (Map.Entry<String, String> variable : environment.entrySet()) {
            final String name = variable.getKey();
            if (!name.startsWith(ENVIRONMENT_PREFIX) || isForeign(name)) {
                continue;
            }
            final Key<?> key = Keys.ALL.stream().filter(k -> k.environmentVariable().equals(name)).findFirst()
                                       .orElseThrow(() -> new ConfigException(
                                               "unknown environment variable " + name + suggestion(name)));
            values.put(key.name(), new Value(variable.getValue(), "environment variable " + name));
        }
        return values;
    }

    private static Map<String, String> readFlags(List<String> flags) {
        final Map<String, String> values = new LinkedHashMap<>();
        for (String flag : flags) {
            final int equals = flag.indexOf('=');
            if (equals <= 0) {
                throw new ConfigException("--set " + flag + ": expected key=value");
            }
            final String name = flag.substring(0, equals).trim();
            requireKnown(name, "--set");
            values.put(name, flag.substring(equals + 1).trim());
        }
        return values;
    }

    private static boolean isForeign(String variable) {
        return FOREIGN_VARIABLES.stream().anyMatch(variable::startsWith);
    }

    private static void requireKnown(String name, String source) {
        if (Keys.ALL.stream().noneMatch(key -> key.name().equals(name))) {
            throw new ConfigException("unknown key " + name + " in " + source + suggestion(name));
        }
    }

    /** Names the closest known key, for a typo. */
    private static String suggestion(String unknown) {
        final String normalized = unknown.toLowerCase(Locale.ROOT)
                                         .replaceFirst("^deskprov_", "").replace('_', '.');
        final List<String> close = new ArrayList<>();
        int best = 4;
        for (Key<?> key : Keys.ALL) {
            final int distance = EditDistance.between(normalized, key.name().replace('-', '.'));
            if (distance < best) {
                close.clear();
                best = distance;
            }
            if (distance == best) {
                close.add(key.name());
            }
        }
        return close.isEmpty() ? " (see deskprov.example.properties for every key)"
                               : " (did you mean " + String.join(" or ", close) + "?)";
    }
}
