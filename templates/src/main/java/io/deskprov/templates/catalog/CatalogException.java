package io.deskprov.templates.catalog;

/**
 * Thrown when a model catalog file cannot be read or breaks a rule of its format. The message names
 * the file and the entry at fault.
 */
public final class CatalogException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CatalogException(String message) {
        super(message);
    }

    CatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}
