package io.deskprov.store.changes;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * Something that phones receive has changed: every device below the named scope may now get
 * different files. {@code PLATFORM} (id 0) means everything, and is also what a node hears when
 * it may have missed changes, for instance after its database connection dropped.
 *
 * @param scope how far the change reaches
 * @param id the company, group, workplace or device id; 0 for the platform
 */
public record Change(Scope scope, long id) {

    /** How far a change reaches, from everything down to one device. */
    public enum Scope {
        PLATFORM, COMPANY, GROUP, WORKPLACE, DEVICE
    }

    public Change {
        requireNonNull(scope, "scope");
        if ((scope == Scope.PLATFORM) != (id == 0)) {
            throw new IllegalArgumentException("id: " + id + " (expected: 0 exactly for the platform scope)");
        }
    }

    /** The change that tells every cache to forget everything. */
    public static Change everything() {
        return new Change(Scope.PLATFORM, 0);
    }

    public static Change device(long deviceId) {
        return new Change(Scope.DEVICE, deviceId);
    }

    public static Change workplace(long workplaceId) {
        return new Change(Scope.WORKPLACE, workplaceId);
    }

    public static Change group(long groupId) {
        return new Change(Scope.GROUP, groupId);
    }

    public static Change company(long companyId) {
        return new Change(Scope.COMPANY, companyId);
    }

    /** The compact form sent between nodes, for example {@code device:42}. */
    String encode() {
        return scope.name().toLowerCase(Locale.ROOT) + ':' + id;
    }

    /**
     * Reads {@link #encode()}'s form.
     *
     * @throws IllegalArgumentException if the text is not such a form
     */
    static Change decode(String text) {
        final int colon = text.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("change: " + text + " (expected: scope:id)");
        }
        final Scope scope = Scope.valueOf(text.substring(0, colon).toUpperCase(Locale.ROOT));
        return new Change(scope, Long.parseLong(text.substring(colon + 1)));
    }
}
