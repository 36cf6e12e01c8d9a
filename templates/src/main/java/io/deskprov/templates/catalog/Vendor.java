package io.deskprov.templates.catalog;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * A phone maker whose provisioning files deskprov can render.
 */
public enum Vendor {
    YEALINK("yealink"),
    POLYCOM("polycom");

    private final String id;

    Vendor(String id) {
        this.id = id;
    }

    /**
     * Returns the lower-case name used in the catalog, in parameter names and in template paths.
     */
    public String id() {
        return id;
    }

    /**
     * Returns the vendor with the given id, ignoring case.
     *
     * @throws IllegalArgumentException if no vendor has that id
     */
    public static Vendor fromId(String id) {
        requireNonNull(id, "id");
        final String wanted = id.trim().toLowerCase(Locale.ROOT);
        for (Vendor vendor : values()) {
            if (vendor.id.equals(wanted)) {
                return vendor;
            }
        }
        throw new IllegalArgumentException("vendor: '" + id + "' is not one of yealink, polycom");
    }
}
