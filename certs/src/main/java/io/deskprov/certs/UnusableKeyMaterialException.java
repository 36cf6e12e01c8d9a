package io.deskprov.certs;

/**
 * Certificates and a private key that were read fine but cannot serve together, for example a key
 * that does not belong to the certificate or a chain that is already expired.
 */
public final class UnusableKeyMaterialException extends PkiException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message safe to show to an operator.
     */
    public UnusableKeyMaterialException(String message) {
        super(message);
    }
}
