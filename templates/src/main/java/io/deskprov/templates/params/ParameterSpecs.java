package io.deskprov.templates.params;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The parameters deskprov knows, each with its accepted form and built-in default.
 */
final class ParameterSpecs {
    static final String LINE_KEY_PREFIX = "linekey.";
    static final String VENDOR_PREFIX = "vendor.";
    static final int MAX_LINE_KEYS = 99;

    private static final Pattern HOST =
            Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*");
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9._,()-]+");
    private static final Pattern VENDOR_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");
    private static final Pattern LINE_KEY_INDEX = Pattern.compile("[1-9][0-9]?");
    // ZoneId.getAvailableZoneIds() builds a fresh set on every call; renders check zones often.
    private static final Set<String> ZONE_IDS = Set.copyOf(ZoneId.getAvailableZoneIds());

    static final ParameterSpec<ZoneId> TIME_ZONE = new ParameterSpec<>(
            "time.zone", "an IANA time zone id such as Europe/Berlin", ParameterSpecs::zone, "UTC");
    static final ParameterSpec<Language> LANGUAGE = new ParameterSpec<>(
            "language", "one of " + ids(Language.values()), raw -> named(Language.values(), raw), "en");
    static final ParameterSpec<List<String>> NTP_SERVERS = new ParameterSpec<>(
            "ntp.servers", "one or two host names separated by a comma", ParameterSpecs::hosts, "pool.ntp.org");
    static final ParameterSpec<String> SIP_SERVER = new ParameterSpec<>(
            "sip.server", "a host name or IPv4 address", ParameterSpecs::host, null);
    static final ParameterSpec<Integer> SIP_PORT = new ParameterSpec<>(
            "sip.port", "a port number from 1 to 65535", raw -> number(raw, 1, 65535), "5060");
    static final ParameterSpec<Transport> SIP_TRANSPORT = new ParameterSpec<>(
            "sip.transport", "one of " + ids(Transport.values()), raw -> named(Transport.values(), raw), "udp");
    static final ParameterSpec<Duration> REGISTRATION_EXPIRY = new ParameterSpec<>(
            "sip.registration.expiry", "whole seconds from 30 to 86400",
            raw -> Duration.ofSeconds(number(raw, 30, 86400)), "3600");
    static final ParameterSpec<HostPort> OUTBOUND_PROXY = new ParameterSpec<>(
            "sip.outbound.proxy", "host or host:port", ParameterSpecs::hostPort, null);
    static final ParameterSpec<List<Codec>> CODECS = new ParameterSpec<>(
            "codecs", "codecs in order of preference, separated by commas, from " + ids(Codec.values()),
            ParameterSpecs::codecs, "g722,pcmu,pcma");
    static final ParameterSpec<Duration> POLLING_INTERVAL = new ParameterSpec<>(
            "provisioning.polling.interval", "whole minutes from 60 to 10080",
            raw -> Duration.ofMinutes(number(raw, 60, 10080)), "1440");
    static final ParameterSpec<String> FIRMWARE_FILE = new ParameterSpec<>(
            "firmware.file", "a file name of letters, digits and . _ , ( ) -", ParameterSpecs::fileName, null);
    static final ParameterSpec<URI> FIRMWARE_URL = new ParameterSpec<>(
            "firmware.url", "an http or https URL of the folder holding firmware files",
            ParameterSpecs::httpUrl, null);
    static final ParameterSpec<TrustedCa> TRUSTED_CA = new ParameterSpec<>(
            "trusted.ca", "PEM certificates (-----BEGIN CERTIFICATE-----) or an http or https URL",
            ParameterSpecs::trustedCa, null);
    static final ParameterSpec<LineKey> LINE_KEY = new ParameterSpec<>(
            LINE_KEY_PREFIX + "<n>", "type:value[:label] with type line, blf or speeddial and n from 1 to 99",
            raw -> {
                throw new IllegalStateException("line keys are parsed with their index");
            }, null);
    static final ParameterSpec<String> VENDOR_KEY_VALUE = new ParameterSpec<>(
            VENDOR_PREFIX + "<vendor>.<key>",
            "vendor.yealink.<key> or vendor.polycom.<key> with any one-line value",
            Function.identity(), null);

    static final List<ParameterSpec<?>> NAMED = List.of(
            TIME_ZONE, LANGUAGE, NTP_SERVERS, SIP_SERVER, SIP_PORT, SIP_TRANSPORT, REGISTRATION_EXPIRY,
            OUTBOUND_PROXY, CODECS, POLLING_INTERVAL, FIRMWARE_FILE, FIRMWARE_URL, TRUSTED_CA);

    static final Map<String, ParameterSpec<?>> BY_NAME =
            NAMED.stream().collect(Collectors.toUnmodifiableMap(ParameterSpec::name, spec -> spec));

    private ParameterSpecs() {
    }

    static String knownNames() {
        final List<String> names = new ArrayList<>();
        NAMED.forEach(spec -> names.add(spec.name()));
        names.add(LINE_KEY.name());
        names.add(VENDOR_KEY_VALUE.name());
        return String.join(", ", names);
    }

    static LineKey lineKey(int index, String raw) {
        final String[] parts = raw.split(":", 3);
        if (parts.length < 2 || parts[1].isBlank()) {
            throw new IllegalArgumentException("'" + raw + "' has no value after the type");
        }
        final LineKey.Type type = lineKeyType(parts[0].trim());
        final String value = parts[1].trim();
        if (type == LineKey.Type.LINE) {
            number(value, 1, 16);
        } else if (!value.matches("[A-Za-z0-9+*#._@-]+")) {
            throw new IllegalArgumentException("'" + value + "' is not a number, extension or SIP user");
        }
        return new LineKey(index, type, value, parts.length == 3 ? parts[2].trim() : "");
    }

    static int lineKeyIndex(String indexText) {
        if (!LINE_KEY_INDEX.matcher(indexText).matches()) {
            throw new IllegalArgumentException("'" + indexText + "' is not a key number from 1 to 99");
        }
        return Integer.parseInt(indexText);
    }

    static String vendorKey(String key) {
        if (!VENDOR_KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("'" + key + "' is not a key of letters, digits and . _ -"
                                               + " starting with a letter");
        }
        return key;
    }

    private static LineKey.Type lineKeyType(String text) {
        for (LineKey.Type type : LineKey.Type.values()) {
            if (type.id().equalsIgnoreCase(text)) {
                return type;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a line key type");
    }

    private static ZoneId zone(String raw) {
        if (!ZONE_IDS.contains(raw)) {
            throw new IllegalArgumentException("'" + raw + "' is not an IANA time zone id");
        }
        return ZoneId.of(raw);
    }

    private static <E extends Enum<E>> E named(E[] values, String raw) {
        for (E value : values) {
            if (value.name().equalsIgnoreCase(raw)) {
                return value;
            }
        }
        throw new IllegalArgumentException("'" + raw + "' is not recognised");
    }

    private static String ids(Enum<?>[] values) {
        return Arrays.stream(values)
                     .map(value -> value.name().toLowerCase(Locale.ROOT))
                     .collect(Collectors.joining(", "));
    }

    static int number(String raw, int min, int max) {
        final int value;
        try {
            value = Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + raw + "' is not a whole number", e);
        }
        if (value < min || value > max) {
            throw new IllegalArgumentException(value + " is out of range");
        }
        return value;
    }

    private static String host(String raw) {
        if (raw.length() > 253 || !HOST.matcher(raw).matches()) {
            throw new IllegalArgumentException("'" + raw + "' is not a host name");
        }
        return raw.toLowerCase(Locale.ROOT);
    }

    private static List<String> hosts(String raw) {
        final List<String> hosts = splitList(raw).stream().map(ParameterSpecs::host).toList();
        if (hosts.size() > 2) {
            throw new IllegalArgumentException(hosts.size() + " servers given, the phones take two");
        }
        return hosts;
    }

    private static HostPort hostPort(String raw) {
        final int colon = raw.lastIndexOf(':');
        if (colon < 0) {
            return new HostPort(host(raw), 5060);
        }
        return new HostPort(host(raw.substring(0, colon)), number(raw.substring(colon + 1), 1, 65535));
    }

    private static List<Codec> codecs(String raw) {
        final Set<Codec> codecs = new LinkedHashSet<>();
        for (String name : splitList(raw)) {
            if (!codecs.add(named(Codec.values(), name))) {
                throw new IllegalArgumentException("'" + name + "' is listed twice");
            }
        }
        return List.copyOf(codecs);
    }

    private static String fileName(String raw) {
        if (!FILE_NAME.matcher(raw).matches() || raw.startsWith(".")) {
            throw new IllegalArgumentException("'" + raw + "' is not a plain file name");
        }
        return raw;
    }

    private static URI httpUrl(String raw) {
        final URI uri;
        try {
            uri = new URI(raw);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + raw + "' is not a URL", e);
        }
        final @Nullable String scheme = uri.getScheme();
        if (uri.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
            throw new IllegalArgumentException("'" + raw + "' is not an http or https URL");
        }
        return uri;
    }

    private static TrustedCa trustedCa(String raw) {
        if (raw.startsWith("-----BEGIN CERTIFICATE-----")) {
            if (!raw.contains("-----END CERTIFICATE-----")) {
                throw new IllegalArgumentException("the PEM text has no END CERTIFICATE line");
            }
            return TrustedCa.ofPem(raw.replace("\r\n", "\n") + '\n');
        }
        return TrustedCa.ofUrl(httpUrl(raw));
    }

    private static List<String> splitList(String raw) {
        final List<String> items = Arrays.stream(raw.split(",")).map(String::trim).toList();
        if (items.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("'" + raw + "' has an empty item");
        }
        return items;
    }
}
