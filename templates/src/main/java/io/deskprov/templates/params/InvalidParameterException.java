package io.deskprov.templates.params;

/**
 * Thrown when a parameter value does not have the form its parameter expects. The message names the
 * parameter, the level that set it and the expected form.
 */
public final class InvalidParameterException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String parameter;
    private final Level level;
    private final String expected;

    InvalidParameterException(String parameter, Level level, String expected, String problem) {
        super("parameter '" + parameter + "' set at level " + level.id() + ": " + problem + "; expected "
              + expected);
        this.parameter = parameter;
        this.level = level;
        this.expected = expected;
    }

    /** Returns the name of the parameter at fault. */
    public String parameter() {
        return parameter;
    }

    /** Returns the level whose layer held the bad value. */
    public Level level() {
        return level;
    }

    /** Returns the form the parameter expects, in words. */
    public String expected() {
        return expected;
    }
}
