package io.deskprov.portal.mail;

/** A mail that no retry will deliver. */
final class PermanentMailException extends Exception {
    private static final long serialVersionUID = 1L;

    PermanentMailException(String message, Throwable cause) {
        super(message, cause);
    }
}
