package io.deskprov.app;

/** A service could not start; the message says which and why, for the operator. */
public final class NodeStartException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NodeStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
