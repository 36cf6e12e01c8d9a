package io.deskprov.provisioning.internal;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import io.deskprov.store.device.MacAddress;

/**
 * What phones upload, one current copy per device and kind of file:
 * {@code <data>/uploads/<mac>/<kind>/<name>}, where every part comes from the server (the
 * canonical MAC, the kind's folder and the kind's fixed name), never from the request path.
 * A new upload replaces the old one atomically, so readers never see half a file.
 */
final class UploadStore {
    private final Path root;

    UploadStore(Path dataDirectory) {
        this.root = dataDirectory.toAbsolutePath().normalize().resolve("uploads");
    }

    /** Stores the bytes as the device's current file of this kind; blocking. */
    void store(MacAddress mac, FileKind kind, byte[] bytes) throws IOException {
        final Path target = path(mac, kind);
        Files.createDirectories(target.getParent());
        final Path temporary = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
        try {
            Files.write(temporary, bytes);
            move(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The device's current file of this kind; blocking. Empty when it never uploaded one. */
    Optional<byte[]> read(MacAddress mac, FileKind kind) throws IOException {
        final Path file = path(mac, kind);
        return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
    }

    Path path(MacAddress mac, FileKind kind) {
        final String name = Objects.requireNonNull(kind.storedName(), "stored name of " + kind);
        final String folder = Objects.requireNonNull(kind.uploadKind(), "upload kind of " + kind).name()
                                     .toLowerCase(Locale.ROOT);
        return root.resolve(mac.value()).resolve(folder).resolve(name);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
