package io.deskprov.certs.device;

import io.deskprov.certs.testing.StandInVendorCa;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;

/**
 * A stand-in vendor CA with its name, making factory-like device chains and the trust in them.
 */
final class StandInVendor {
    private final String name;
    private final StandInVendorCa ca;

    StandInVendor(String name) {
        this.name = name;
        this.ca = new StandInVendorCa(name);
    }

    /** Returns the chain a phone would present: its certificate only, the root being known. */
    List<X509Certificate> device(String subject) {
        return List.of(ca.issue(subject).certificate());
    }

    VendorTrust trust(Map<String, List<MacExtractionRule>> rules) {
        return VendorTrust.of(Map.of(name, List.of(ca.certificate())), rules);
    }
}
