package io.deskprov.store;

import static java.util.Objects.requireNonNull;

/**
 * A write broke a rule of the schema: a unique value taken, a missing or still-referenced
 * row, a check, or a value longer than its column. {@link #constraint()} names the rule as the schema does, for example
 * {@code device_mac_unique}, so that callers can turn it into a message for the user.
 */
public final class ConstraintViolationException extends StoreException {
    private static final long serialVersionUID = 1L;

    /** Which kind of rule was broken. */
    public enum Kind {
        UNIQUE, REFERENCE, CHECK, NOT_NULL, TOO_LONG
    }

    private final Kind kind;
    private final String constraint;

    public ConstraintViolationException(Kind kind, String constraint, Throwable cause) {
        super(kind.name().toLowerCase(java.util.Locale.ROOT) + " constraint " + constraint + " violated", cause);
        this.kind = requireNonNull(kind, "kind");
        this.constraint = requireNonNull(constraint, "constraint");
    }

    public Kind kind() {
        return kind;
    }

    /** The constraint's name in lower case, or {@code unknown} where the engine did not say. */
    public String constraint() {
        return constraint;
    }
}
