package io.deskprov.templates.params;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One parameter in force for a device, with the level that set it.
 *
 * @param name the parameter name
 * @param value the value as shown to an operator: secrets are masked and PEM text is summarised
 * @param level the level whose value is in force
 * @param overridden the earlier levels that also set it, most general first
 */
public record ExplainedParameter(String name, String value, Level level, List<Level> overridden) {
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(password|passwd|secret|token|aes_key).*");

    public ExplainedParameter {
        requireNonNull(name, "name");
        requireNonNull(value, "value");
        requireNonNull(level, "level");
        overridden = List.copyOf(overridden);
    }

    static String shown(String name, String raw) {
        if (SECRET_NAME.matcher(name).matches()) {
            return "********";
        }
        if (raw.startsWith("-----BEGIN")) {
            final int certificates = raw.split("-----BEGIN CERTIFICATE-----", -1).length - 1;
            return "(PEM, " + certificates + (certificates == 1 ? " certificate)" : " certificates)");
        }
        return raw;
    }
}
