package io.deskprov.app.config;

/**
 * The configuration cannot be used. The message names the key, where its value came from and
 * what is expected; it is meant for the operator, never carries a secret value, and the launcher
 * prints it without a stack trace.
 */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
