package io.deskprov.certs;

import java.nio.file.Path;

/**
 * The passphrase given for a PKCS#12 file or an encrypted private key does not open it.
 */
public final class WrongPassphraseException extends PkiException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception naming the PKCS#12 file (never the passphrase tried).
     */
    public WrongPassphraseException(Path file, Throwable cause) {
        this(file, "PKCS#12 file", cause);
    }

    /**
     * Creates an exception naming the file and what it holds (never the passphrase tried).
     *
     * @param what what the file holds, such as {@code encrypted private key}
     */
    public WrongPassphraseException(Path file, String what, Throwable cause) {
        super(file + ": the passphrase does not open this " + what, cause);
    }
}
