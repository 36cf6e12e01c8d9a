package io.deskprov.app.config;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * One configuration key: its name, how its value is read, its default and what it is for.
 * Keys are dotted lower case ({@code database.pool.max-size}); the matching environment
 * variable is upper case with underscores ({@code DESKPROV_DATABASE_POOL_MAX_SIZE}).
 *
 * @param defaultText the default as text, or empty where the key has no default
 * @param secret whether the value must never be printed
 */
public record Key<T>(String name, ValueParser<T> parser, String defaultText, String description, boolean secret) {

    public Key {
        requireNonNull(name, "name");
        requireNonNull(parser, "parser");
        requireNonNull(defaultText, "defaultText");
        requireNonNull(description, "description");
        if (!name.matches("[a-z0-9]+([.-][a-z0-9]+)*")) {
            throw new IllegalArgumentException("key name: " + name + " (expected: dotted lower case)");
        }
    }

    /** The environment variable that overrides this key. */
    public String environmentVariable() {
        return Configuration.ENVIRONMENT_PREFIX + name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** How the value shows in messages: secrets never show. */
    String printable(String text) {
        return secret ? "(hidden)" : '\'' + text + '\'';
    }
}
