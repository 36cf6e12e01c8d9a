package io.deskprov.store;

/** The database could not be reached, or no connection became free in time. Worth retrying. */
public final class StoreUnavailableException extends StoreException {
    private static final long serialVersionUID = 1L;

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
