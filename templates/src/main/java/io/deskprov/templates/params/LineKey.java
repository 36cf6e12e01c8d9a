package io.deskprov.templates.params;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * What one programmable key shows and does.
 *
 * @param index the key's position, from 1
 * @param type the key's function
 * @param value for {@link Type#LINE} the SIP account number from 1; otherwise the number or
 *        extension to watch or dial
 * @param label the text beside the key; empty to let the phone choose
 */
public record LineKey(int index, Type type, String value, String label) {

    /**
     * The function of a line key.
     */
    public enum Type {
        /** Shows a SIP account. */
        LINE(15, "Line"),
        /** Watches another extension's busy lamp. */
        BLF(16, "BLF"),
        /** Dials a number. */
        SPEED_DIAL(13, "SpeedDial");

        private final int yealinkCode;
        private final String polycomCategory;

        Type(int yealinkCode, String polycomCategory) {
            this.yealinkCode = yealinkCode;
            this.polycomCategory = polycomCategory;
        }

        /** Returns Yealink's {@code linekey.N.type} value. */
        public int yealinkCode() {
            return yealinkCode;
        }

        /** Returns Polycom's {@code lineKey.N.category} value. */
        public String polycomCategory() {
            return polycomCategory;
        }

        /** Returns the name used in parameters: {@code line}, {@code blf} or {@code speeddial}. */
        public String id() {
            return name().replace("_", "").toLowerCase(Locale.ROOT);
        }
    }

    public LineKey {
        requireNonNull(type, "type");
        requireNonNull(value, "value");
        requireNonNull(label, "label");
        if (index < 1) {
            throw new IllegalArgumentException("index: " + index + " is not at least 1");
        }
    }
}
