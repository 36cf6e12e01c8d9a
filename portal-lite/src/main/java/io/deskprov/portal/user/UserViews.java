package io.deskprov.portal.user;

import java.util.List;

import org.jspecify.annotations.Nullable;

import io.deskprov.store.device.MacAddress;
import io.deskprov.store.device.Vendor;
import io.deskprov.store.registration.DeviceStatus;
import io.deskprov.store.workplace.Profile;

/** What the user endpoints answer. */
final class UserViews {
    private UserViews() {
    }

    record Overview(String firstName, String lastName, String phoneNumber, String email, Profile profile,
                    boolean desktopClient, boolean mobileClient, List<Phone> devices) {
    }

    record Phone(long id, Vendor vendor, String model, MacAddress mac) {
    }

    /**
     * @param sip null where the view hides it
     * @param status null outside the expert view
     */
    record Settings(List<FirstLogin> deskPhones, @Nullable List<SipData> sip, @Nullable List<DeviceStatus> status) {
    }

    /** What a desk phone needs to fetch its configuration the first time. */
    record FirstLogin(long deviceId, MacAddress mac, String model, String provisioningUrl, String username,
                      String secret) {
        @Override
        public String toString() {
            return "FirstLogin[deviceId=" + deviceId + ", mac=" + mac + ']';
        }
    }

    record SipData(String username, String authUsername, String domain, String secret) {
        @Override
        public String toString() {
            return "SipData[username=" + username + ", domain=" + domain + ']';
        }
    }
}
