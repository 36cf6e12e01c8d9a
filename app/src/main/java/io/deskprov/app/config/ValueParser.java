package io.deskprov.app.config;

/** Reads one configuration value from its text, or explains what was expected. */
@FunctionalInterface
interface ValueParser<T> {
    /**
     * @throws IllegalArgumentException with the expected form as its message
     */
    T parse(String text);
}
