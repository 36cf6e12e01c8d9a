package io.deskprov.certs;

import org.jspecify.annotations.Nullable;

/**
 * A certificate chain presented by a device that we do not accept, with the reason.
 */
public final class CertificateRejectedException extends PkiException {
    private static final long serialVersionUID = 1L;

    /**
     * Why a chain was refused; a TLS listener or the portal can map each to its own answer.
     */
    public enum Reason {
        /** The chain does not lead to our CA nor to a configured vendor CA. */
        UNTRUSTED,
        /** A certificate in the chain has expired. */
        EXPIRED,
        /** A certificate in the chain is not valid yet. */
        NOT_YET_VALID,
        /** Our CA revoked the device certificate. */
        REVOKED,
        /** No MAC address could be found in the device certificate. */
        NO_MAC,
        /** The certificate names a different device from the one expected. */
        WRONG_MAC,
    }

    private final Reason reason;

    /**
     * Creates an exception with its reason and a message safe to show to an operator.
     */
    public CertificateRejectedException(Reason reason, String message, @Nullable Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /**
     * Returns why the chain was refused.
     */
    public Reason reason() {
        return reason;
    }
}
