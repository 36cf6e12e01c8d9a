package io.deskprov.portal.order;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.deskprov.portal.device.PhoneModels;
import io.deskprov.portal.http.ApiException;
import io.deskprov.store.device.MacAddress;
import io.deskprov.store.device.Vendor;
import io.deskprov.store.workplace.Profile;

/**
 * A workplace order as an admin sends it; {@link #toOrder(PhoneModels)} checks it.
 *
 * @param activationDate null for the earliest: today in the group's time zone
 */
record OrderRequest(@Nullable String firstName, @Nullable String lastName, @Nullable String email,
                    @Nullable String phoneNumber, @Nullable Long groupId, @Nullable Profile profile,
                    @Nullable List<PhoneRequest> deskPhones, @Nullable Boolean desktopClient,
                    @Nullable Boolean mobileClient, @Nullable LocalDate activationDate) {

    WorkplaceOrder toOrder(PhoneModels models) {
        final List<WorkplaceOrder.DeskPhone> phones = new ArrayList<>();
        for (PhoneRequest phone : deskPhones == null ? List.<PhoneRequest>of() : deskPhones) {
            phones.add(phone.toDeskPhone(models));
        }
        return new WorkplaceOrder(ApiException.required(firstName, "firstName"),
                                  ApiException.required(lastName, "lastName"),
                                  ApiException.required(email, "email"),
                                  ApiException.required(phoneNumber, "phoneNumber"),
                                  ApiException.required(groupId, "groupId"),
                                  ApiException.required(profile, "profile"), phones,
                                  Boolean.TRUE.equals(desktopClient), Boolean.TRUE.equals(mobileClient));
    }

    /** A desk phone by vendor, model and MAC in any usual notation. */
    record PhoneRequest(@Nullable Vendor vendor, @Nullable String model, @Nullable String mac) {

        WorkplaceOrder.DeskPhone toDeskPhone(PhoneModels models) {
            final Vendor known = ApiException.required(vendor, "vendor");
            final String name = ApiException.required(model, "model");
            final MacAddress address = MacAddress.parse(ApiException.required(mac, "mac"));
            return new WorkplaceOrder.DeskPhone(known, models.canonical(known, name), address.value());
        }
    }
}
