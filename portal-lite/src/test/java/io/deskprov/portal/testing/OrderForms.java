package io.deskprov.portal.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.deskprov.store.testing.StoreFixtures;

/** Request bodies of workplace orders, to adjust per test. */
public final class OrderForms {
    private OrderForms() {
    }

    /** A STANDARD workplace for a person with unique e-mail and phone number, with one Yealink T46U. */
    public static Map<String, Object> workplace(long groupId, String mac) {
        final long n = StoreFixtures.unique();
        final Map<String, Object> form = new HashMap<>();
        form.put("firstName", "Erika");
        form.put("lastName", "Müller");
        form.put("email", "erika" + n + "@example.com");
        form.put("phoneNumber", "+4930" + (10_000_000 + n % 90_000_000));
        form.put("groupId", groupId);
        form.put("profile", "STANDARD");
        form.put("deskPhones", List.of(Map.of("vendor", "YEALINK", "model", "t46u", "mac", mac)));
        return form;
    }

    /** Like {@link #workplace}, with a phone of a fresh MAC and the mobile client add-on. */
    public static Map<String, Object> withMobileClient(long groupId) {
        final Map<String, Object> form = workplace(groupId, StoreFixtures.uniqueMac().value());
        form.put("mobileClient", true);
        return form;
    }
}
