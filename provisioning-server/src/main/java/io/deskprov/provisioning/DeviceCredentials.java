package io.deskprov.provisioning;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

import io.deskprov.store.company.DeviceAuthPolicy;
import io.deskprov.store.device.MacAddress;
import io.deskprov.store.device.Vendor;

/**
 * A device as the server authenticates it: who owns it, how it must prove itself, and its
 * provisioning login. The secret never appears in {@link #toString()}.
 *
 * @param workplaceId the workplace it serves, or null while unassigned (it then gets no files)
 * @param groupId the group of that workplace, or null while unassigned
 */
public record DeviceCredentials(long deviceId, MacAddress mac, Vendor vendor, long companyId,
                                @Nullable Long workplaceId, @Nullable Long groupId, DeviceAuthPolicy policy,
                                String username, String secret) {

    public DeviceCredentials {
        requireNonNull(mac, "mac");
        requireNonNull(vendor, "vendor");
        requireNonNull(policy, "policy");
        requireNonNull(username, "username");
        requireNonNull(secret, "secret");
    }

    public boolean isAssigned() {
        return workplaceId != null;
    }

    @Override
    public String toString() {
        return "DeviceCredentials[deviceId=" + deviceId + ", mac=" + mac + ", vendor=" + vendor + ", companyId="
               + companyId + ", workplaceId=" + workplaceId + ", groupId=" + groupId + ", policy=" + policy
               + ", username=" + username + ']';
    }
}
