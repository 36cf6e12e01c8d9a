package io.deskprov.templates.params;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.deskprov.templates.catalog.Vendor;

/**
 * Validates parameter layers and merges them into the values in force for one device.
 *
 * <p>Layers are applied in list order, each overriding what came before; deskprov's built-in defaults
 * come first. An empty value clears an inherited optional value. Every value is checked at the level
 * that set it, even when a later level overrides it, so a bad company value is reported as such.
 */
public final class ParameterResolver {

    private ParameterResolver() {
    }

    /**
     * Merges the layers, given from the most general (platform) to the most specific (device).
     *
     * @throws InvalidParameterException if a name is unknown or a value does not have the expected
     *         form; the message names the parameter, the level and the expected form
     * @throws IllegalArgumentException if a layer comes after a more specific one
     */
    public static EffectiveParameters resolve(List<ParameterLayer> layers) {
        requireNonNull(layers, "layers");
        checkOrder(layers);

        final Map<String, List<Setting>> history = new TreeMap<>();
        for (ParameterSpec<?> spec : ParameterSpecs.NAMED) {
            if (spec.defaultValue() != null) {
                add(history, check(Level.DEFAULT, spec.name(), spec.defaultValue()));
            }
        }
        for (ParameterLayer layer : layers) {
            layer.values().forEach((name, raw) -> add(history, check(layer.level(), name, raw)));
        }
        return new EffectiveParameters(history);
    }

    private static void checkOrder(List<ParameterLayer> layers) {
        for (int i = 1; i < layers.size(); i++) {
            final Level previous = layers.get(i - 1).level();
            final Level current = layers.get(i).level();
            if (current.compareTo(previous) < 0) {
                throw new IllegalArgumentException("layers: level " + current.id() + " at position " + (i + 1)
                                                   + " comes after the more specific level " + previous.id());
            }
        }
    }

    private static void add(Map<String, List<Setting>> history, Setting setting) {
        history.computeIfAbsent(setting.name(), name -> new ArrayList<>()).add(setting);
    }

    static Setting check(Level level, String name, String raw) {
        final ParameterSpec<?> spec = specFor(level, name);
        final String value = raw.strip();
        checkCharacters(spec, level, name, value);
        if (value.isEmpty()) {
            if (spec.defaultValue() != null) {
                throw new InvalidParameterException(name, level, spec.expected(),
                                                    "is empty, but it has a default and cannot be cleared");
            }
            return new Setting(name, level, value, null);
        }
        return new Setting(name, level, value, parse(spec, level, name, value));
    }

    private static Object parse(ParameterSpec<?> spec, Level level, String name, String value) {
        if (spec == ParameterSpecs.LINE_KEY) {
            final int index = parseLineKeyIndex(level, name);
            return new ParameterSpec<>(name, spec.expected(), raw -> ParameterSpecs.lineKey(index, raw), null)
                    .parse(name, level, value);
        }
        return spec.parse(name, level, value);
    }

    private static int parseLineKeyIndex(Level level, String name) {
        return new ParameterSpec<>(name, ParameterSpecs.LINE_KEY.expected(), ParameterSpecs::lineKeyIndex, null)
                .parse(name, level, name.substring(ParameterSpecs.LINE_KEY_PREFIX.length()));
    }

    private static ParameterSpec<?> specFor(Level level, String name) {
        final ParameterSpec<?> named = ParameterSpecs.BY_NAME.get(name);
        if (named != null) {
            return named;
        }
        if (name.startsWith(ParameterSpecs.LINE_KEY_PREFIX)) {
            return ParameterSpecs.LINE_KEY;
        }
        if (name.startsWith(ParameterSpecs.VENDOR_PREFIX)) {
            checkVendorName(level, name);
            return ParameterSpecs.VENDOR_KEY_VALUE;
        }
        throw new InvalidParameterException(name, level, "one of " + ParameterSpecs.knownNames(),
                                            "is not a known parameter");
    }

    private static void checkVendorName(Level level, String name) {
        final String expected = ParameterSpecs.VENDOR_KEY_VALUE.expected();
        final String rest = name.substring(ParameterSpecs.VENDOR_PREFIX.length());
        final int dot = rest.indexOf('.');
        if (dot < 0) {
            throw new InvalidParameterException(name, level, expected, "has no key after the vendor");
        }
        new ParameterSpec<>(name, expected, Vendor::fromId, null)
                .parse(name, level, rest.substring(0, dot));
        new ParameterSpec<>(name, expected, ParameterSpecs::vendorKey, null)
                .parse(name, level, rest.substring(dot + 1));
    }

    private static void checkCharacters(ParameterSpec<?> spec, Level level, String name, String value) {
        // Only PEM text may span lines: Yealink's "key = value" lines cannot carry a line break, and
        // no other parameter has a use for one.
        final boolean multiLine = spec == ParameterSpecs.TRUSTED_CA;
        for (int i = 0; i < value.length(); i++) {
            final char c = value.charAt(i);
            final boolean allowedBreak = multiLine && (c == '\n' || c == '\r');
            if ((Character.isISOControl(c) && !allowedBreak) || c == '\u2028' || c == '\u2029') {
                throw new InvalidParameterException(
                        name, level, spec.expected(),
                        "contains a line break or control character at position " + (i + 1)
                        + ", which the phones' key = value files cannot carry");
            }
        }
    }
}
