package io.deskprov.store.device;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A phone's MAC address in the one form deskprov keeps and phones put in file names: twelve
 * lower-case hex digits, such as {@code 001565aabbcc}.
 */
public record MacAddress(String value) {
    private static final Pattern SEPARATORS = Pattern.compile("[:\\-.]");

    public MacAddress {
        requireNonNull(value, "value");
        if (!isCanonical(value)) {
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
        if (!isCanonical(digits)) {
            throw new IllegalArgumentException(
                    "MAC address: " + text + " (expected: 12 hex digits, optionally separated by : - or .)");
        }
        return new MacAddress(digits);
    }

    /** Checked by hand rather than by a pattern: the provisioning server makes one per request. */
    private static boolean isCanonical(String text) {
        if (text.length() != 12) {
            return false;
        }
        for (int i = 0; i < 12; i++) {
            final char c = text.charAt(i);
            if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return value;
    }
}
