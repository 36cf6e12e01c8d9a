package io.deskprov.portal.account;

import java.util.regex.Pattern;

import io.deskprov.portal.http.ApiException;

/** E-mail addresses as the portal accepts them for logins: a local part, an @ and a dotted domain. */
public final class Emails {
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private Emails() {
    }

    /**
     * Returns the address if it looks like one.
     *
     * @throws ApiException 400 {@code INVALID_INPUT} naming the field otherwise
     */
    public static String check(String field, String address) {
        if (!ADDRESS.matcher(address).matches()) {
            throw ApiException.badRequest("INVALID_INPUT", field + ": expected an address such as a@example.com");
        }
        return address;
    }
}
