package io.deskprov.store.company;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * What an operator fills in to create a company. The default group takes the contract address
 * for its name and address, and the time zone and language given here.
 */
public record NewCompany(String name, Address contractAddress, Map<Product, Integer> contingents,
                         String timeZone, String language) {

    public NewCompany {
        requireNonNull(name, "name");
        requireNonNull(contractAddress, "contractAddress");
        contingents = Map.copyOf(contingents);
        requireNonNull(timeZone, "timeZone");
        requireNonNull(language, "language");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name: must not be blank");
        }
        contingents.forEach((product, quantity) -> {
            if (quantity < 0) {
                throw new IllegalArgumentException("contingent " + product + ": " + quantity + " (expected: >= 0)");
            }
        });
    }

    /** The default group this company starts with. */
    NewGroup defaultGroup() {
        return new NewGroup(contractAddress.oneLine(), contractAddress, timeZone, language);
    }
}
