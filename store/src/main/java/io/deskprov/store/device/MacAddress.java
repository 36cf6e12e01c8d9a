package io.deskprov.store.device;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A phone's MAC address in the one form deskprov keeps and phones put in file names: twelve
 * lower-case hex digits, such as {@code 001565aabbcc}.
 */
public record MacAddress(String value) {
    private static final Pattern CANONICAL = Pattern.compile("[0-9a-f]{12}");
    private static final Pattern SEPARATORS = Pattern.compile("[:\\-.]");

    public MacAddress {
        requireNonNull(value, "value");
        if (!CANONICAL.matcher(value).matches()) {
            throw new IllegalArgumentException("MAC address: " + value + " (expected: 12 lower-case hex digits)");
        }
    }

    /**
     * Reads a MAC written as {@code 00:15:65:AA:BB:CC}, {@code 00-15-65-aa-bb-cc},
     * {@code 0015.65aa.bbcc} or {@code 001565AABBCC}.
     *
     * @throws IllegalArgumentException if the text is none of those forms
     */
    public static MacAddress parse(String text) {
        requireNonNull(text, "text");
        final String digits = SEPARATORS.matcher(text.trim()).replaceAll("").toLowerCase(Locale.ROOT);
        if (!CANONICAL.matcher(digits).matches()) {
            throw new IllegalArgumentException(
                    "MAC address: " + text + " (expected: 12 hex digits, optionally separated by : - or .)");
        }
        return new MacAddress(digits);
    }

    @Override
    public String toString() {
        return value;
    }
}
