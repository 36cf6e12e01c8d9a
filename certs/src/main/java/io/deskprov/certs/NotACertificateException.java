package io.deskprov.certs;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * A file that should hold certificates or a private key holds something else.
 */
public final class NotACertificateException extends PkiException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception naming the file and what was expected in it.
     */
    public NotACertificateException(Path file, String expected, @Nullable Throwable cause) {
        super(file + ": " + expected, cause);
    }
}
