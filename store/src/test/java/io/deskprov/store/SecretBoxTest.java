package io.deskprov.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretBoxTest {
    @TempDir
    Path directory;

    @Test
    void sealedSecretOpensAgainAndNeverShowsInClear() throws IOException {
        final SecretBox box = SecretBox.loadOrCreate(directory.resolve("secret.key"));

        final String sealed = box.seal("sip-password-Ä1");

        assertThat(sealed).startsWith("v1.").doesNotContain("sip-password");
        assertThat(box.open(sealed)).isEqualTo("sip-password-Ä1");
        assertThat(box.seal("sip-password-Ä1")).isNotEqualTo(sealed);
    }

    @Test
    void keyFileIsMadeOwnerOnlyAndReusedOnTheNextStart() throws IOException {
        final Path keyFile = directory.resolve("nested/secret.key");
        final String sealed = SecretBox.loadOrCreate(keyFile).seal("kept across restarts");

        final SecretBox reopened = SecretBox.loadOrCreate(keyFile);

        assertThat(reopened.open(sealed)).isEqualTo("kept across restarts");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
    }

    @Test
    void derivedKeysAgreeForTheSameKeyFileAndDifferByPurpose() throws IOException {
        final Path keyFile = directory.resolve("shared.key");
        final SecretBox node1 = SecretBox.loadOrCreate(keyFile);
        final SecretBox node2 = SecretBox.loadOrCreate(keyFile);
        final SecretBox other = SecretBox.loadOrCreate(directory.resolve("other.key"));

        assertThat(node1.deriveKey("sip nonces")).hasSize(32).isEqualTo(node2.deriveKey("sip nonces"))
                                                 .isNotEqualTo(node1.deriveKey("something else"))
                                                 .isNotEqualTo(other.deriveKey("sip nonces"));
    }

    @Test
    void valueSealedWithAnotherKeyIsRefused() throws IOException {
        final String sealed = SecretBox.loadOrCreate(directory.resolve("a.key")).seal("secret");
        final SecretBox other = SecretBox.loadOrCreate(directory.resolve("b.key"));

        assertThatThrownBy(() -> other.open(sealed))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not match this key");
    }

    @Test
    void keyFileWithoutAKeyIsRefusedClearly() throws IOException {
        final Path keyFile = Files.writeString(directory.resolve("broken.key"), "not base64 at all!");

        assertThatThrownBy(() -> SecretBox.loadOrCreate(keyFile))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("does not hold a base64 key");
    }
}
