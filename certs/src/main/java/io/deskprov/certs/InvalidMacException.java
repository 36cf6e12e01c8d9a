package io.deskprov.certs;

/**
 * A MAC address, typed by an operator or read from a certificate, that is not six octets in hex.
 */
public final class InvalidMacException extends PkiException {
    private static final long serialVersionUID = 1L;

    InvalidMacException(String message) {
        super(message);
    }
}
