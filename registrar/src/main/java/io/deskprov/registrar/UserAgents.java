package io.deskprov.registrar;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sip.header.UserAgentHeader;

import org.jspecify.annotations.Nullable;

import gov.nist.javax.sip.header.SIPHeader;

import io.deskprov.store.device.MacAddress;

/**
 * Reads model, firmware and MAC from the User-Agent of Yealink and Polycom phones. Forms seen:
 * {@code Yealink SIP-T46U 108.86.0.75 00:15:65:aa:bb:cc}, {@code Yealink SIP-T56A 58.80.0.25
 * 001565f429a4}, {@code Yealink-T46G 28.71.0.81}, {@code PolycomVVX-VVX_400-UA/5.9.0.9373}.
 */
final class UserAgents {
    private static final int MAX_LENGTH = 300;
    private static final Pattern YEALINK = Pattern.compile(
            "(?i)yealink[ -](?:SIP[ -])?(?:VP-)?([A-Z0-9-]+)\\s+(\\d+(?:\\.\\d+)+)(?:\\s+([0-9a-f:]{12,17}))?");
    private static final Pattern POLYCOM = Pattern.compile("(?i)Polycom[A-Za-z]*-([A-Za-z0-9_]+)-UA/([0-9.]+)");
    private static final Pattern MAC = Pattern.compile("(?i)^(?:[0-9a-f]{2}:?){5}[0-9a-f]{2}$");

    private UserAgents() {
    }

    /** The header's value as sent, cut to what the database keeps. */
    static String text(UserAgentHeader header) {
        final String value = ((SIPHeader) header).getHeaderValue().trim();
        return value.length() > MAX_LENGTH ? value.substring(0, MAX_LENGTH) : value;
    }

    /** What the User-Agent says, or null when it is no form we know. */
    static @Nullable PhoneAgent parse(@Nullable String userAgent) {
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

    /** Whether the User-Agent names a MAC other than the device's: another phone on the same account. */
    static boolean namesOtherPhone(@Nullable String userAgent, MacAddress mac) {
        final PhoneAgent agent = parse(userAgent);
        return agent != null && agent.mac() != null && !agent.mac().equals(mac.value());
    }

    private static String normalMac(String mac) {
        return mac.replace(":", "").toLowerCase(Locale.ROOT);
    }
}
