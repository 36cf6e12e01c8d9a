package io.deskprov.portal.order;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

import io.deskprov.store.company.Product;
import io.deskprov.store.device.MacAddress;
import io.deskprov.store.device.Vendor;
import io.deskprov.store.workplace.Person;
import io.deskprov.store.workplace.Profile;

/**
 * What one workplace order buys, checked: kept as the payload of its cart line and order line.
 *
 * @param deskPhones the phones to set up with it, possibly none
 */
public record WorkplaceOrder(String firstName, String lastName, String email, String phoneNumber, long groupId,
                             Profile profile, List<DeskPhone> deskPhones, boolean desktopClient,
                             boolean mobileClient) {

    public WorkplaceOrder {
        requireNonNull(profile, "profile");
        deskPhones = List.copyOf(deskPhones);
        // Person checks names, address and the E.164 number; the message names the field.
        new Person(firstName, lastName, email, phoneNumber);
        if (deskPhones.stream().map(DeskPhone::mac).distinct().count() < deskPhones.size()) {
            throw new IllegalArgumentException("deskPhones: a MAC address appears twice (expected: one phone each)");
        }
    }

    /** The add-on packages booked with the workplace. */
    public List<Product> addOns() {
        final List<Product> products = new ArrayList<>();
        if (mobileClient) {
            products.add(Product.MOBILE_CLIENT);
        }
        if (desktopClient) {
            products.add(Product.DESKTOP_CLIENT);
        }
        return products;
    }

    /** The employee as the workplace keeps them. */
    public Person person() {
        return new Person(firstName, lastName, email, phoneNumber);
    }

    /**
     * A desk phone of the order.
     *
     * @param mac in canonical form, twelve lower-case hex digits
     * @param model the model's name as the templates catalog spells it
     */
    public record DeskPhone(Vendor vendor, String model, String mac) {

        public DeskPhone {
            requireNonNull(vendor, "vendor");
            requireNonNull(model, "model");
            mac = new MacAddress(mac).value();
        }

        MacAddress macAddress() {
            return new MacAddress(mac);
        }
    }
}
