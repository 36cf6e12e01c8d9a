package io.deskprov.templates.params;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The raw parameter values set at one level, for example the company's or one device's.
 *
 * @param level where the values were set; never {@link Level#DEFAULT}
 * @param values parameter name to raw text, copied and sorted by name
 */
public record ParameterLayer(Level level, Map<String, String> values) {

    public ParameterLayer {
        requireNonNull(level, "level");
        requireNonNull(values, "values");
        if (level == Level.DEFAULT) {
            throw new IllegalArgumentException("level: DEFAULT is reserved for deskprov's built-in values");
        }
        values.forEach((name, value) -> {
            requireNonNull(name, "parameter name");
            requireNonNull(value, name);
        });
        values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /**
     * Returns a layer holding the given name and value pairs.
     */
    public static ParameterLayer of(Level level, String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("namesAndValues: expected pairs, got " + namesAndValues.length);
        }
        final Map<String, String> values = new TreeMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return new ParameterLayer(level, values);
    }
}
