package io.deskprov.templates.internal;

import static java.util.Objects.requireNonNull;

/**
 * Checks on the text fields of render requests.
 */
public final class Fields {

    private Fields() {
    }

    /**
     * Returns {@code value} if it is non-null and holds no line break or other control character,
     * which Yealink's {@code key = value} lines cannot carry.
     *
     * @throws IllegalArgumentException naming {@code field} otherwise
     */
    public static String oneLine(String field, String value) {
        requireNonNull(value, field);
        for (int i = 0; i < value.length(); i++) {
            final char c = value.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                throw new IllegalArgumentException(field + ": contains a line break or control character at "
                                                   + "position " + (i + 1) + ", which a key = value line "
                                                   + "cannot carry");
            }
        }
        return value;
    }

    /**
     * Returns {@code value} if it is a non-blank single line.
     *
     * @throws IllegalArgumentException naming {@code field} otherwise
     */
    public static String nonBlankLine(String field, String value) {
        if (oneLine(field, value).isBlank()) {
            throw new IllegalArgumentException(field + ": must not be blank");
        }
        return value;
    }
}
