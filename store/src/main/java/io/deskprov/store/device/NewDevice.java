package io.deskprov.store.device;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A phone an admin adds to a company, optionally straight onto a workplace.
 *
 * @param provisioningSecret the password the phone uses to fetch its files, in clear; sealed before storing
 */
public record NewDevice(MacAddress mac, Vendor vendor, String model, long companyId, @Nullable Long workplaceId,
                        String provisioningUsername, String provisioningSecret) {

    public NewDevice {
        requireNonNull(mac, "mac");
        requireNonNull(vendor, "vendor");
        requireNonNull(model, "model");
        requireNonNull(provisioningUsername, "provisioningUsername");
        requireNonNull(provisioningSecret, "provisioningSecret");
        if (model.isBlank()) {
            throw new IllegalArgumentException("model: must not be blank");
        }
        if (provisioningSecret.length() < 12) {
            throw new IllegalArgumentException("provisioningSecret: too short (expected: at least 12 characters)");
        }
    }

    @Override
    public String toString() {
        // The secret stays out of every log line that prints this record.
        return "NewDevice[mac=" + mac + ", vendor=" + vendor + ", model=" + model + ", companyId=" + companyId
               + ", workplaceId=" + workplaceId + ", provisioningUsername=" + provisioningUsername + ']';
    }
}
