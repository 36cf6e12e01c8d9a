package io.deskprov.provisioning.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import io.deskprov.store.device.MacAddress;

/**
 * A file name sorted into its {@link FileKind}, with the MAC it names. MACs in names are
 * case-insensitive (Polycom accepts either case) and kept in canonical lower case.
 *
 * @param mac the device the name belongs to, for per-device kinds
 */
record RequestedFile(String name, FileKind kind, @Nullable MacAddress mac) {
    private static final String ALL_ZERO = "000000000000";
    /** The site file the bundled Yealink common boot file includes. */
    private static final String YEALINK_SITE = "deskprov-site.cfg";
    private static final Pattern YEALINK_COMMON = Pattern.compile("y0{9}\\d{3}\\.cfg");
    private static final Pattern PER_DEVICE =
            Pattern.compile("([0-9a-f]{12})(-[a-z]+(?:-[a-z]+)?)?\\.(boot|cfg|xml|log|crt)");
    private static final Pattern FIRMWARE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*\\.(rom|ld|bin)");

    /** Sorts a plain file name, as {@link RequestPath} yields it. */
    static RequestedFile classify(String name) {
        if (name.equals("y000000000000.boot")) {
            return new RequestedFile(name, FileKind.COMMON_BOOT, null);
        }
        // The cheap tests before each pattern spare the many per-device requests the matching.
        if (name.startsWith("y0") && YEALINK_COMMON.matcher(name).matches() || name.equals(ALL_ZERO + ".cfg")
            || name.equals(YEALINK_SITE)) {
            return new RequestedFile(name, FileKind.COMMON_CONFIG, null);
        }
        if (name.equals(ALL_ZERO + "-directory.xml")) {
            return new RequestedFile(name, FileKind.COMMON_DIRECTORY, null);
        }
        if (isFirmwareExtension(name) && FIRMWARE.matcher(name).matches()) {
            return new RequestedFile(name, FileKind.FIRMWARE, null);
        }
        final Matcher matcher = PER_DEVICE.matcher(name.toLowerCase(Locale.ROOT));
        if (!matcher.matches() || matcher.group(1).equals(ALL_ZERO)) {
            return new RequestedFile(name, FileKind.UNKNOWN, null);
        }
        final MacAddress mac = new MacAddress(matcher.group(1));
        final FileKind kind = perDeviceKind(matcher.group(2), matcher.group(3));
        return new RequestedFile(name, kind, kind == FileKind.UNKNOWN ? null : mac);
    }

    private static boolean isFirmwareExtension(String name) {
        return name.endsWith(".rom") || name.endsWith(".ld") || name.endsWith(".bin");
    }

    private static FileKind perDeviceKind(@Nullable String suffix, String extension) {
        if (suffix == null) {
            return switch (extension) {
                case "boot" -> FileKind.BOOT;
                case "cfg" -> FileKind.DEVICE_CONFIG;
                default -> FileKind.UNKNOWN;
            };
        }
        return switch (suffix + '.' + extension) {
            case "-local.cfg" -> FileKind.YEALINK_LOCAL;
            case "-phone.cfg" -> FileKind.POLYCOM_PHONE_OVERRIDES;
            case "-web.cfg" -> FileKind.POLYCOM_WEB_OVERRIDES;
            case "-directory.xml" -> FileKind.DIRECTORY;
            case "-phonebook.xml" -> FileKind.PHONEBOOK;
            case "-calls.xml" -> FileKind.CALLS;
            case "-app.log" -> FileKind.APP_LOG;
            case "-boot.log" -> FileKind.BOOT_LOG;
            case "-trusted-ca.crt" -> FileKind.DEVICE_EXTRA;
            default -> extension.equals("cfg") ? FileKind.DEVICE_EXTRA : FileKind.UNKNOWN;
        };
    }

    /** The name in canonical form, with the MAC in lower case, as renderers and stores expect. */
    String canonicalName() {
        return mac == null ? name : name.toLowerCase(Locale.ROOT);
    }
}
