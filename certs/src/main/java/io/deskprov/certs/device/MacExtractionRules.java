package io.deskprov.certs.device;

import io.deskprov.certs.device.MacExtractionRule.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The default rules for finding the MAC address in device certificates, per issuer.
 *
 * <p>Neither Yealink nor Poly documents the subject layout of its factory certificates, so the
 * vendor defaults below come from secondary sources and are tried in order; an operator can
 * replace them through {@link VendorTrust}.
 */
public final class MacExtractionRules {
    /** The issuer name of certificates from our own CA. */
    public static final String OURS = "deskprov";

    // Six hex octets, alone in the value, with or without ':' or '-' between them.
    private static final String WHOLE_MAC = "^((?:[0-9a-f]{2}[:-]?){5}[0-9a-f]{2})$";

    private MacExtractionRules() {
    }

    /**
     * Returns the rules for our own device certificates: the device URN, then the common name.
     */
    public static List<MacExtractionRule> ours() {
        return List.of(MacExtractionRule.of(Field.SAN_URI, "^urn:dev:mac:([0-9a-f]{12})$"),
                       MacExtractionRule.of(Field.SUBJECT_COMMON_NAME, WHOLE_MAC));
    }

    /**
     * Returns the rules for Yealink factory certificates. A published export shows
     * {@code OU=Yealink Equipment, CN=yealink.com, serialNumber=ffffffff-ffff-ffff-fff0-<MAC>},
     * which we try first; another source says {@code CN=<MAC>}, tried second. Neither is
     * confirmed by Yealink.
     */
    public static List<MacExtractionRule> yealink() {
        return List.of(MacExtractionRule.of(Field.SUBJECT_SERIAL_NUMBER, "-([0-9a-f]{12})$"),
                       MacExtractionRule.of(Field.SUBJECT_COMMON_NAME, WHOLE_MAC));
    }

    /**
     * Returns the rules for Poly (Polycom) factory certificates. Poly says only that the
     * certificate is unique per device and based on its MAC; the MAC as the common name is our
     * unconfirmed guess, with the subject serial number as a second place to look.
     */
    public static List<MacExtractionRule> polycom() {
        return List.of(MacExtractionRule.of(Field.SUBJECT_COMMON_NAME, WHOLE_MAC),
                       MacExtractionRule.of(Field.SUBJECT_SERIAL_NUMBER, WHOLE_MAC));
    }

    /**
     * Returns the default rules of every known vendor, keyed by lower-case vendor name.
     */
    public static Map<String, List<MacExtractionRule>> vendorDefaults() {
        return Map.of("yealink", yealink(), "polycom", polycom());
    }

    /**
     * Returns the default rules for a vendor, or for an unknown vendor all default rules.
     */
    public static List<MacExtractionRule> forVendor(String vendor) {
        final List<MacExtractionRule> rules = vendorDefaults().get(vendor.toLowerCase(Locale.ROOT));
        if (rules != null) {
            return rules;
        }
        final List<MacExtractionRule> all = new ArrayList<>(yealink());
        all.addAll(polycom());
        return List.copyOf(all);
    }
}
