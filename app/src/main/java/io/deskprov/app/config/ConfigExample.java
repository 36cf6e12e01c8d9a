package io.deskprov.app.config;

/**
 * Writes the example configuration file: every key with its description and default. The
 * repository's {@code deskprov.example.properties} is this output, which a test keeps true.
 */
public final class ConfigExample {
    private static final int WIDTH = 96;

    private ConfigExample() {
    }

    public static String render() {
        final StringBuilder out = new StringBuilder();
        out.append("# deskprov configuration: every key, with its default.\n")
           .append("# Each key can also be set by an environment variable (DESKPROV_ + the key in upper case,\n")
           .append("# dots and dashes as underscores) or by --set key=value; flags beat variables, which beat\n")
           .append("# this file. An unknown key or a bad value stops the start with a message naming it.\n")
           .append("# Made by `deskprov config example`.\n");
        String section = "";
        for (Key<?> key : Keys.ALL) {
            final String keySection = key.name().substring(0, key.name().indexOf('.'));
            if (!keySection.equals(section)) {
                out.append('\n');
                section = keySection;
            }
            appendWrapped(out, key.name() + ": " + key.description()
                               + (key.secret() ? " Never printed." : "")
                               + " Variable: " + key.environmentVariable() + '.');
            out.append(key.name()).append('=').append(key.defaultText()).append('\n');
        }
        return out.toString();
    }

    private static void appendWrapped(StringBuilder out, String text) {
        StringBuilder line = new StringBuilder("#");
        for (String word : text.split(" ")) {
            if (line.length() + 1 + word.length() > WIDTH) {
                out.append(line).append('\n');
                line = new StringBuilder("#  ");
            }
            line.append(' ').append(word);
        }
        out.append(line).append('\n');
    }
}
