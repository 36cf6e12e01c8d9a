package io.deskprov.certs;

import java.nio.file.Path;

/**
 * The passphrase given for a PKCS#12 file does not open it.
 */
public final class WrongPassphraseException extends PkiException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception naming the PKCS#12 file (never the passphrase tried).
     */
    public WrongPassphraseException(Path file, Throwable cause) {
        super(file + ": the passphrase does not open this PKCS#12 file", cause);
    }
}
