package io.deskprov.store.registration;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import io.deskprov.store.device.MacAddress;

/**
 * What a phone's SIP User-Agent tells about it. Forms read: {@code Yealink SIP-T46U 108.86.0.75
 * 00:15:65:aa:bb:cc}, {@code Yealink SIP-T56A 58.80.0.25 001565f429a4}, {@code Yealink-T46G
 * 28.71.0.81}, {@code PolycomVVX-VVX_400-UA/5.9.0.9373}.
 *
 * @param vendor {@code Yealink} or {@code Polycom}
 * @param model such as {@code T46U} or {@code VVX 400}
 * @param firmware such as {@code 108.86.0.75}
 * @param mac twelve lower-case hex digits when the phone sends its MAC, else null
 */
public record PhoneAgent(String vendor, String model, String firmware, @Nullable String mac) {
    private static final Pattern YEALINK = Pattern.compile(
            "(?i)yealink[ -](?:SIP[ -])?(?:VP-)?([A-Z0-9-]+)\\s+(\\d+(?:\\.\\d+)+)(?:\\s+([0-9a-f:]{12,17}))?");
    private static final Pattern POLYCOM = Pattern.compile("(?i)Polycom[A-Za-z]*-([A-Za-z0-9_]+)-UA/([0-9.]+)");
    private static final Pattern MAC = Pattern.compile("(?i)^(?:[0-9a-f]{2}:?){5}[0-9a-f]{2}$");

    /** What the User-Agent says, or null when it is no form we know. */
    public static @Nullable PhoneAgent parse(@Nullable String userAgent) {
        if (userAgent == null) {
            return null;
        }
        final Matcher yealink = YEALINK.matcher(userAgent);
        if (yealink.find()) {
            final String mac = yealink.group(3);
            return new PhoneAgent("Yealink", yealink.group(1).toUpperCase(Locale.ROOT), yealink.group(2),
                                  mac != null && MAC.matcher(mac).matches() ? normalMac(mac) : null);
        }
        final Matcher polycom = POLYCOM.matcher(userAgent);
        if (polycom.find()) {
            return new PhoneAgent("Polycom", polycom.group(1).replace('_', ' '), polycom.group(2), null);
        }
        return null;
    }

    /**
     * Whether the User-Agent names a MAC other than the device's: another phone registered with
     * the same account. A User-Agent without a MAC rules no phone out.
     */
    public static boolean namesOtherPhone(@Nullable String userAgent, MacAddress mac) {
        final PhoneAgent agent = parse(userAgent);
        return agent != null && agent.mac() != null && !agent.mac().equals(mac.value());
    }

    private static String normalMac(String mac) {
        return mac.replace(":", "").toLowerCase(Locale.ROOT);
    }
}
