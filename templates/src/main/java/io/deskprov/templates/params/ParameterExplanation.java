package io.deskprov.templates.params;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Why a device has the parameter values it has: each value in force with the level that set it.
 *
 * @param parameters the parameters in force, sorted by name
 */
public record ParameterExplanation(List<ExplainedParameter> parameters) {

    public ParameterExplanation {
        parameters = List.copyOf(parameters);
    }

    /**
     * Returns the explanation of one parameter, if it is in force.
     */
    public Optional<ExplainedParameter> find(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * Returns one line per parameter, {@code name = value  (level; overrides a, b)}, aligned for
     * reading in a terminal.
     */
    public String toText() {
        final int width = parameters.stream().mapToInt(p -> p.name().length()).max().orElse(1);
        final StringBuilder text = new StringBuilder();
        for (ExplainedParameter parameter : parameters) {
            text.append(String.format(Locale.ROOT, "%-" + width + "s = %s  (%s", parameter.name(), parameter.value(),
                                      parameter.level().id()));
            if (!parameter.overridden().isEmpty()) {
                text.append("; overrides ");
                text.append(String.join(", ", parameter.overridden().stream().map(Level::id).toList()));
            }
            text.append(")\n");
        }
        return text.toString();
    }
}
