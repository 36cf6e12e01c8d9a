package io.deskprov.certs.revocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deskprov.certs.PkiException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileRevocationStoreTest {
    private static final Instant FIRST = Instant.parse("2025-03-01T10:00:00Z");

    @TempDir
    Path directory;

    @Test
    void revoked_isEmptyWithoutFile() throws Exception {
        assertThat(new FileRevocationStore(directory.resolve("revoked.txt")).revoked()).isEmpty();
    }

    @Test
    void revoke_isKeptAcrossInstancesAndOnlyOnce() throws Exception {
        final Path file = directory.resolve("revoked.txt");
        new FileRevocationStore(file).revoke(BigInteger.valueOf(0xabc), FIRST);
        new FileRevocationStore(file).revoke(BigInteger.valueOf(0xdef), FIRST.plusSeconds(60));

        new FileRevocationStore(file).revoke(BigInteger.valueOf(0xabc), FIRST.plusSeconds(120));

        assertThat(new FileRevocationStore(file).revoked()).containsExactly(
                new RevokedCertificate(BigInteger.valueOf(0xabc), FIRST),
                new RevokedCertificate(BigInteger.valueOf(0xdef), FIRST.plusSeconds(60)));
        assertThat(Files.readString(file)).contains("abc 2025-03-01T10:00:00Z");
    }

    @Test
    void revoked_namesTheBrokenLine() throws Exception {
        final Path file = Files.writeString(directory.resolve("revoked.txt"), "# comment\nabc yesterday\n");

        assertThatThrownBy(() -> new FileRevocationStore(file).revoked())
                .isInstanceOf(PkiException.class)
                .hasMessageStartingWith(file + ":2:");
    }
}
