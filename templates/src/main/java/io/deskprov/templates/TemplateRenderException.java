package io.deskprov.templates;

import static java.util.Objects.requireNonNull;

/**
 * Thrown when a template cannot be parsed or rendered: a syntax error, a misspelt reference (templates
 * run in strict mode), a call the secure introspector refuses, or a value the output format cannot
 * carry. Carries where in which template it happened.
 */
public final class TemplateRenderException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String templateName;
    private final int line;
    private final int column;

    /**
     * Creates an exception; {@code line} and {@code column} are 0 when unknown.
     */
    public TemplateRenderException(String templateName, int line, int column, String message, Throwable cause) {
        super(requireNonNull(templateName, "templateName") + '[' + line + ':' + column + "]: "
              + requireNonNull(message, "message"), cause);
        this.templateName = templateName;
        this.line = line;
        this.column = column;
    }

    /** Returns the template's name, for example {@code yealink/device.vm}. */
    public String templateName() {
        return templateName;
    }

    /** Returns the line, from 1, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** Returns the column, from 1, or 0 when unknown. */
    public int column() {
        return column;
    }
}
