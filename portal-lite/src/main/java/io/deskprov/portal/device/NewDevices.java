package io.deskprov.portal.device;

import org.jspecify.annotations.Nullable;

import io.deskprov.portal.auth.Secrets;
import io.deskprov.store.device.MacAddress;
import io.deskprov.store.device.NewDevice;
import io.deskprov.store.device.Vendor;

/** New desk phones with the credentials they fetch their configuration with. */
public final class NewDevices {
    /** Long enough that guessing is hopeless, short enough to type into a phone's web page. */
    static final int SECRET_LENGTH = 24;

    private NewDevices() {
    }

    /** A phone with a provisioning username derived from its MAC and a random provisioning secret. */
    public static NewDevice of(MacAddress mac, Vendor vendor, String model, long companyId,
                               @Nullable Long workplaceId) {
        return new NewDevice(mac, vendor, model, companyId, workplaceId, "dp-" + mac.value(),
                             Secrets.secret(SECRET_LENGTH));
    }
}
