package io.deskprov.certs.revocation;

import static java.util.Objects.requireNonNull;

import io.deskprov.certs.PkiException;
import io.deskprov.certs.internal.SafeFiles;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps revocations in a text file, one {@code <serial in hex> <ISO-8601 instant>} per line;
 * lines starting with {@code #} are comments. Each change rewrites the file atomically.
 */
public final class FileRevocationStore implements RevocationStore {
    private final Path file;

    /**
     * Creates a store over {@code file}; a missing file means nothing is revoked.
     */
    public FileRevocationStore(Path file) {
        this.file = requireNonNull(file, "file");
    }

    @Override
    public synchronized void revoke(BigInteger serialNumber, Instant revokedAt) throws PkiException {
        final RevokedCertificate entry = new RevokedCertificate(serialNumber, revokedAt);
        final List<RevokedCertificate> entries = new ArrayList<>(revoked());
        if (entries.stream().anyMatch(e -> e.serialNumber().equals(serialNumber))) {
            return;
        }
        entries.add(entry);

        final StringBuilder text = new StringBuilder("# Certificates revoked by our CA: serial (hex), time\n");
        for (RevokedCertificate e : entries) {
            text.append(e.serialNumber().toString(16)).append(' ').append(e.revokedAt()).append('\n');
        }
        SafeFiles.writePublic(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public synchronized List<RevokedCertificate> revoked() throws PkiException {
        if (!Files.exists(file)) {
            return List.of();
        }
        final String[] lines = new String(SafeFiles.read(file), StandardCharsets.UTF_8).split("\n");
        final List<RevokedCertificate> entries = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            final String line = lines[i].strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                entries.add(parse(line, i + 1));
            }
        }
        return List.copyOf(entries);
    }

    private RevokedCertificate parse(String line, int number) throws PkiException {
        final String[] fields = line.split("\\s+");
        try {
            if (fields.length != 2) {
                throw new IllegalArgumentException("expected two fields");
            }
            return new RevokedCertificate(new BigInteger(fields[0], 16), Instant.parse(fields[1]));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new PkiException(file + ":" + number + ": expected '<serial in hex> <ISO-8601 time>'", e);
        }
    }
}
