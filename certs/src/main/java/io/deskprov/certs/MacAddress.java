package io.deskprov.certs;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A device MAC address in the form phones use in file names: twelve lower-case hex digits.
 *
 * @param value the twelve lower-case hex digits, without separators
 */
public record MacAddress(String value) {
    private static final Pattern NORMAL = Pattern.compile("[0-9a-f]{12}");
    private static final Pattern SEPARATED =
            Pattern.compile("[0-9a-f]{2}([:-])[0-9a-f]{2}(\\1[0-9a-f]{2}){4}");

    /**
     * Creates a MAC address from its normal form.
     *
     * @throws IllegalArgumentException if {@code value} is not twelve lower-case hex digits; use
     *         {@link #parse(String)} for input typed by a person
     */
    public MacAddress {
        requireNonNull(value, "value");
        if (!NORMAL.matcher(value).matches()) {
            throw new IllegalArgumentException("value: " + value + " (expected 12 lower-case hex digits)");
        }
    }

    /**
     * Reads a MAC address written as {@code 00:15:65:AA:BB:CC}, {@code 00-15-65-aa-bb-cc} or
     * {@code 001565aabbcc}, in either case.
     *
     * @throws InvalidMacException if {@code text} is none of these forms
     */
    public static MacAddress parse(String text) throws InvalidMacException {
        requireNonNull(text, "text");
        final String lower = text.strip().toLowerCase(Locale.ROOT);
        if (NORMAL.matcher(lower).matches()) {
            return new MacAddress(lower);
        }
        if (SEPARATED.matcher(lower).matches()) {
            return new MacAddress(lower.replaceAll("[:-]", ""));
        }
        throw new InvalidMacException("not a MAC address: '" + text.strip()
                + "' (expected 12 hex digits, optionally separated by ':' or '-')");
    }

    /**
     * Returns the address as a device URN, {@code urn:dev:mac:001565aabbcc}.
     */
    public String toUrn() {
        return "urn:dev:mac:" + value;
    }

    @Override
    public String toString() {
        return value;
    }
}
