package io.deskprov.templates;

import static io.deskprov.templates.internal.Fields.nonBlankLine;
import static io.deskprov.templates.internal.Fields.oneLine;

/**
 * One entry of a phone's contact directory.
 *
 * @param firstName the first name; may be empty
 * @param lastName the last name; may be empty
 * @param number the number or SIP user to call
 */
public record Contact(String firstName, String lastName, String number) {

    public Contact {
        oneLine("firstName", firstName);
        oneLine("lastName", lastName);
        nonBlankLine("number", number);
    }
}
