package io.deskprov.store;

import org.jspecify.annotations.Nullable;

/** Fits free text, such as error messages, into the column meant for it. */
public final class ColumnText {
    private static final String ELLIPSIS = "...";

    private ColumnText() {
    }

    /**
     * The text itself when it fits, else its start cut to {@code max} characters ending in
     * {@code ...}; null stays null.
     */
    public static @Nullable String fit(@Nullable String text, int max) {
        if (max <= ELLIPSIS.length()) {
            throw new IllegalArgumentException("max: " + max + " (expected: > " + ELLIPSIS.length() + ')');
        }
        if (text == null || text.length() <= max) {
            return text;
        }
        int cut = max - ELLIPSIS.length();
        // Never leave half of a character that takes two UTF-16 units.
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut) + ELLIPSIS;
    }
}
