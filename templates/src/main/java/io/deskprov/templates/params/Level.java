package io.deskprov.templates.params;

import java.util.Locale;

/**
 * Where a parameter value was set. Later levels override earlier ones.
 */
public enum Level {
    /** Built into deskprov; never supplied by a caller. */
    DEFAULT,
    PLATFORM,
    COMPANY,
    /** A group of workplaces, or a location. */
    GROUP,
    WORKPLACE,
    DEVICE;

    /**
     * Returns the lower-case name shown to operators.
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
