package io.deskprov.store.workplace;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * The employee a workplace belongs to, checked here so that the store never holds a number a
 * phone cannot dial.
 *
 * @param phoneNumber in E.164 form, such as {@code +49301234567}
 */
public record Person(String firstName, String lastName, String email, String phoneNumber) {
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{1,14}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_NAME = 100;
    private static final int MAX_EMAIL = 254;

    public Person {
        requireNonNull(firstName, "firstName");
        requireNonNull(lastName, "lastName");
        requireNonNull(email, "email");
        requireNonNull(phoneNumber, "phoneNumber");
        checkName("firstName", firstName);
        checkName("lastName", lastName);
        if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
            throw new IllegalArgumentException("email: " + email + " (expected: an address such as a@example.com)");
        }
        if (!E164.matcher(phoneNumber).matches()) {
            throw new IllegalArgumentException(
                    "phoneNumber: " + phoneNumber + " (expected: E.164 such as +49301234567)");
        }
    }

    /** First and last name as phones show them, such as {@code Erika Muster}. */
    public String fullName() {
        return firstName + ' ' + lastName;
    }

    private static void checkName(String field, String value) {
        if (value.isBlank() || value.length() > MAX_NAME) {
            throw new IllegalArgumentException(
                    field + ": '" + value + "' (expected: 1 to " + MAX_NAME + " characters, not blank)");
        }
    }
}
