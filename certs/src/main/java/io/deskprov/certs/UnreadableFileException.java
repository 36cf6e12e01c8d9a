package io.deskprov.certs;

import java.nio.file.Path;

/**
 * A key, certificate or list file that is missing, not readable or not writable.
 */
public final class UnreadableFileException extends PkiException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception naming the file and, in plain words, what went wrong with it.
     */
    public UnreadableFileException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
