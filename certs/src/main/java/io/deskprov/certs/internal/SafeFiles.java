package io.deskprov.certs.internal;

import io.deskprov.certs.UnreadableFileException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads files with operator-friendly errors and writes them atomically, secrets owner-only.
 */
public final class SafeFiles {
    private static final Logger logger = LoggerFactory.getLogger(SafeFiles.class);
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private SafeFiles() {
    }

    /**
     * Reads a whole file.
     *
     * @throws UnreadableFileException if it is missing or cannot be read
     */
    public static byte[] read(Path file) throws UnreadableFileException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UnreadableFileException(file, "no such file", e);
        } catch (AccessDeniedException e) {
            throw new UnreadableFileException(file, "permission denied", e);
        } catch (IOException e) {
            throw new UnreadableFileException(file, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Writes a file that anyone may read, replacing it atomically.
     */
    public static void writePublic(Path file, byte[] content) throws UnreadableFileException {
        write(file, content, false);
    }

    /**
     * Writes a file that only its owner may read or write ({@code rw-------}), replacing it
     * atomically. The permissions are set when the file is created, so the content is never
     * readable by others, not even for a moment.
     */
    public static void writeSecret(Path file, byte[] content) throws UnreadableFileException {
        write(file, content, true);
    }

    private static void write(Path file, byte[] content, boolean ownerOnly) throws UnreadableFileException {
        final Path directory = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(directory);
            final Path temporary = Files.createTempFile(directory, "." + file.getFileName(), ".tmp",
                                                        permissions(ownerOnly));
            Files.write(temporary, content);
            move(temporary, file);
        } catch (IOException e) {
            throw new UnreadableFileException(file, "cannot be written (" + e.getMessage() + ")", e);
        }
    }

    private static FileAttribute<?>[] permissions(boolean ownerOnly) {
        if (!POSIX) {
            logger.warn("The file system has no POSIX permissions; key files keep the default access rights");
            return new FileAttribute<?>[0];
        }
        final String mode = ownerOnly ? "rw-------" : "rw-r--r--";
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(mode))};
    }

    private static void move(Path temporary, Path file) throws IOException {
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
