package io.deskprov.store.company;

import java.time.Instant;
import java.util.Map;

/**
 * A customer of the platform.
 *
 * @param contingents how many of each product the company bought; a product not named has none
 */
public record Company(long id, String name, Address contractAddress, DeviceAuthPolicy deviceAuthPolicy,
                      Map<Product, Integer> contingents, Instant createdAt) {

    public Company {
        contingents = Map.copyOf(contingents);
    }

    /** How many of the product the company bought. */
    public int contingent(Product product) {
        return contingents.getOrDefault(product, 0);
    }
}
