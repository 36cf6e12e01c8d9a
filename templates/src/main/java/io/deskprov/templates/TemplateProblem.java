package io.deskprov.templates;

import static java.util.Objects.requireNonNull;

/**
 * One mistake found in a template.
 *
 * @param file the operator's template file, or {@code bundled:vendor/name.vm} for a bundled one
 * @param line the line, from 1, or 0 when unknown
 * @param column the column, from 1, or 0 when unknown
 * @param message what is wrong
 */
public record TemplateProblem(String file, int line, int column, String message) {

    public TemplateProblem {
        requireNonNull(file, "file");
        requireNonNull(message, "message");
    }

    /** Returns the problem as {@code file:line:column: message}, the form editors link to. */
    @Override
    public String toString() {
        return file + ':' + line + ':' + column + ": " + message;
    }
}
