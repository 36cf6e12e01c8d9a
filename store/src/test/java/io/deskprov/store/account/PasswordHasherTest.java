package io.deskprov.store.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher hasher = PasswordHasher.owaspDefaults();

    @Test
    void hashIsArgon2idAtOwaspCostAndMatchesOnlyItsPassword() {
        final String hash = hasher.hash("Sommer2026-x");

        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("Sommer2026");
        assertThat(hasher.matches("Sommer2026-x", hash)).isTrue();
        assertThat(hasher.matches("Sommer2026-X", hash)).isFalse();
        assertThat(hasher.matches("", hash)).isFalse();
    }

    @Test
    void samePasswordHashesDifferentlyEachTime() {
        assertThat(hasher.hash("Sommer2026-x")).isNotEqualTo(hasher.hash("Sommer2026-x"));
    }

    @Test
    void knownArgon2idVectorVerifies() {
        // Made with the reference argon2 CLI: echo -n password | argon2 somesalt -id -t 2 -m 16 -p 1 -l 32
        final String reference = "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ"
                                 + "$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";

        assertThat(hasher.matches("password", reference)).isTrue();
        assertThat(hasher.needsRehash(reference)).isTrue();
    }

    @Test
    void malformedStoredHashNeverMatches() {
        assertThat(hasher.matches("anything", "plain-text-password")).isFalse();
        assertThat(hasher.matches("anything", "$argon2i$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA")).isFalse();
    }
}
