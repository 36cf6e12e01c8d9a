package io.deskprov.registrar;

/** The registrar could not start, typically because a port is taken; the message names it. */
public final class RegistrarStartException extends Exception {
    RegistrarStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
