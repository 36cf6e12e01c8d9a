package io.deskprov.templates;

import static io.deskprov.templates.internal.Fields.nonBlankLine;
import static io.deskprov.templates.internal.Fields.oneLine;

/**
 * The desk a phone belongs to.
 *
 * @param displayName the workplace's name, for example {@code Reception 2nd floor}
 * @param person the person sitting there; empty for a shared desk
 */
public record Workplace(String displayName, String person) {

    public Workplace {
        nonBlankLine("workplace.displayName", displayName);
        oneLine("workplace.person", person);
    }
}
