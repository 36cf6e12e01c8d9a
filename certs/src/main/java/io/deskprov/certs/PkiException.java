package io.deskprov.certs;

import org.jspecify.annotations.Nullable;

/**
 * A failure an operator or a device can cause, such as a missing file, a wrong passphrase or a
 * refused certificate. The message is meant for the operator: it names the file or the
 * certificate and never holds key material or passphrases, so a command can print it as it is.
 */
public class PkiException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message safe to show to an operator.
     */
    public PkiException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message safe to show to an operator and the underlying cause,
     * which belongs in a debug log rather than in front of the operator.
     */
    public PkiException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
