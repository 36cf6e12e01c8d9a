package io.deskprov.provisioning.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import io.deskprov.store.device.MacAddress;
import io.deskprov.store.device.Vendor;

/**
 * The phone a User-Agent header describes: vendor, model, firmware and, where the vendor puts
 * it there, the MAC. Forms seen from the vendors' phones:
 * <ul>
 *   <li>{@code Yealink SIP-T46G 28.72.0.1 00:15:65:4a:a9:37}, {@code Yealink SIP VP-T49G 51.80.0.10 ...},
 *       {@code Yealink W70B 146.87.0.15 80:5e:0c:1d:65:4e}, some T5x with the MAC bare
 *       ({@code 001565f429a4}), and a MAC-less {@code Yealink-T46G 28.71.0.81 28.1.0.128.0.0.0};</li>
 *   <li>{@code FileTransport PolycomVVX-VVX_400-UA/4.1.4.7430 Type/Application}: no MAC unless
 *       {@code device.prov.tagSerialNo} is set, in a form the vendor does not document, so a
 *       trailing MAC token in either form is read when present.</li>
 * </ul>
 *
 * @param mac the MAC the phone announced, if any
 */
record PhoneAgent(Vendor vendor, String model, String firmware, @Nullable MacAddress mac) {
    private static final String MAC_TOKEN = "((?:[0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}|[0-9A-Fa-f]{12})(?=\\s|$)";
    private static final Pattern YEALINK = Pattern.compile(
            "(?i)yealink[ -](?:SIP[ -])?(?:VP-)?([A-Z0-9][A-Z0-9-]*) (\\d+(?:\\.\\d+){3})(?: " + MAC_TOKEN + ")?.*");
    private static final Pattern POLYCOM = Pattern.compile(
            "FileTransport Polycom[A-Za-z]+-([A-Za-z0-9_]+)-UA/([0-9.]+)(?:(?: \\S+)*? " + MAC_TOKEN + ")?(?: .*)?");

    /** The phone the header describes, or empty when it is not a form a Yealink or Polycom phone sends. */
    static Optional<PhoneAgent> parse(@Nullable String userAgent) {
        if (userAgent == null || userAgent.length() > 256) {
            return Optional.empty();
        }
        final Matcher yealink = YEALINK.matcher(userAgent.trim());
        if (yealink.matches()) {
            return Optional.of(new PhoneAgent(Vendor.YEALINK, yealink.group(1).toUpperCase(Locale.ROOT),
                                              yealink.group(2), mac(yealink.group(3))));
        }
        final Matcher polycom = POLYCOM.matcher(userAgent.trim());
        if (polycom.matches()) {
            return Optional.of(new PhoneAgent(Vendor.POLYCOM, polycom.group(1).replace('_', ' '),
                                              polycom.group(2), mac(polycom.group(3))));
        }
        return Optional.empty();
    }

    private static @Nullable MacAddress mac(@Nullable String token) {
        return token == null ? null : MacAddress.parse(token);
    }
}
