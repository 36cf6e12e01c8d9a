package io.deskprov.store.company;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * A postal address. The contract address of a company also names its default group.
 *
 * @param country ISO 3166-1 alpha-2 code in upper case, such as {@code DE}
 */
public record Address(String street, String postalCode, String city, String country) {

    public Address {
        requireNonNull(street, "street");
        requireNonNull(postalCode, "postalCode");
        requireNonNull(city, "city");
        requireNonNull(country, "country");
        country = country.toUpperCase(Locale.ROOT);
    }

    /** How the address reads on one line: {@code Hauptstr. 1, 10115 Berlin}. */
    public String oneLine() {
        return street + ", " + postalCode + ' ' + city;
    }
}
