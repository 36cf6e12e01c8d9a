package io.deskprov.store.device;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A desk phone known to deskprov. Its provisioning password is not part of this record: it is
 * read on purpose, through {@link DeviceRepository#provisioningSecret}.
 *
 * @param workplaceId the workplace it is assigned to, or null while it is unassigned
 * @param clientCertSerial the serial of the client certificate deskprov issued to it, if any
 */
public record Device(long id, MacAddress mac, Vendor vendor, String model, long companyId,
                     @Nullable Long workplaceId, String provisioningUsername, @Nullable String clientCertSerial,
                     Instant createdAt, Instant updatedAt) {

    public boolean isAssigned() {
        return workplaceId != null;
    }
}
