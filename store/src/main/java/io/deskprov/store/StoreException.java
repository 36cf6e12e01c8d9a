package io.deskprov.store;

/**
 * A database operation failed. The message is safe to log: it never carries the values of
 * the statement, which may include secrets.
 */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
