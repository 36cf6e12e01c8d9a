package io.deskprov.provisioning.internal;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Firmware images from the configured directory. The name has been checked to be a plain file
 * name by {@link RequestPath}; it is resolved in the directory only, and symbolic links and
 * anything but regular files are refused so that the directory cannot point elsewhere.
 */
final class FirmwareFiles {
    private final @Nullable Path directory;

    FirmwareFiles(@Nullable Path directory) {
        this.directory = directory == null ? null : directory.toAbsolutePath().normalize();
    }

    /** Opens the image for reading; blocking. Empty when there is no such image. */
    Optional<Image> open(String name) throws IOException {
        if (directory == null) {
            return Optional.empty();
        }
        final Path file = directory.resolve(name).normalize();
        if (!directory.equals(file.getParent()) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        final RandomAccessFile handle = new RandomAccessFile(file.toFile(), "r");
        return Optional.of(new Image(handle, handle.length(), Files.getLastModifiedTime(file).toInstant()));
    }

    /** An open image; whoever takes it closes the handle, usually by streaming it. */
    record Image(RandomAccessFile handle, long length, Instant lastModified) {
    }
}
