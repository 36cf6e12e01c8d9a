package io.deskprov.templates.params;

import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * How one parameter's raw text is checked and turned into a typed value.
 *
 * @param name the parameter name, or its prefix for the families {@code linekey.} and {@code vendor.}
 * @param expected the accepted form in words, quoted in error messages
 * @param parser turns trimmed, non-empty raw text into the value, or throws
 *        {@link IllegalArgumentException} whose message says what is wrong
 * @param defaultValue the built-in raw value, or {@code null} if the parameter may stay unset
 */
record ParameterSpec<T>(String name, String expected, Function<String, T> parser, @Nullable String defaultValue) {

    T parse(String parameter, Level level, String raw) {
        try {
            return parser.apply(raw);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new InvalidParameterException(parameter, level, expected, e.getMessage());
        }
    }
}
