package io.deskprov.store.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.deskprov.store.Database;
import io.deskprov.store.Store;
import io.deskprov.store.testing.EngineTest;
import io.deskprov.store.testing.StoreFixtures;

class PasswordRepositoryTest {

    @EngineTest
    void newAccountHasNoPasswordHash(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Account account = fixtures.account();

            final Optional<String> hash = store.transaction(tx -> store.passwords().passwordHash(tx, account.id()));

            assertThat(hash).isEmpty();
            assertThat(account.passwordChangedAt()).isNull();
        }
    }

    @EngineTest
    void setPasswordKeepsHistoryNewestFirst(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Account account = fixtures.account();

            for (String hash : List.of("h1", "h2", "h3")) {
                store.transaction(tx -> store.passwords().setPassword(tx, account.id(), hash));
                fixtures.clock().advance(Duration.ofDays(1));
            }

            final Optional<String> current = store.transaction(tx -> store.passwords().passwordHash(tx,
                                                                                                   account.id()));
            final List<String> recent = store.transaction(tx -> store.passwords().recentPasswordHashes(tx,
                                                                                                      account.id(), 2));
            final Account changed = store.transaction(tx -> store.accounts().find(tx, account.id())).orElseThrow();
            assertThat(current).contains("h3");
            assertThat(recent).containsExactly("h3", "h2");
            assertThat(changed.passwordChangedAt()).isEqualTo(fixtures.clock().instant().minus(Duration.ofDays(1)));
        }
    }

    @EngineTest
    void temporaryPasswordIsUsedUpOnceAndClearedBySettingAPassword(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Account account = fixtures.account();
            final Account other = fixtures.account();
            final Instant expiry = fixtures.clock().instant().plus(Duration.ofHours(24));
            store.transaction(tx -> store.passwords().setTemporaryPassword(tx, account.id(), "temp", expiry));
            store.transaction(tx -> store.passwords().setTemporaryPassword(tx, other.id(), "temp2", expiry));

            final Optional<TemporaryPassword> temporary =
                    store.transaction(tx -> store.passwords().temporaryPassword(tx, account.id()));
            final boolean first = store.transaction(tx -> store.passwords().consumeTemporaryPassword(tx,
                                                                                                    account.id()));
            final boolean second = store.transaction(tx -> store.passwords().consumeTemporaryPassword(tx,
                                                                                                     account.id()));
            store.transaction(tx -> store.passwords().setPassword(tx, other.id(), "own"));
            final Optional<TemporaryPassword> otherAfter =
                    store.transaction(tx -> store.passwords().temporaryPassword(tx, other.id()));

            assertThat(temporary).contains(new TemporaryPassword("temp", expiry));
            assertThat(temporary.orElseThrow().toString()).doesNotContain("temp,").doesNotContain("=temp");
            assertThat(first).isTrue();
            assertThat(second).isFalse();
            assertThat(otherAfter).isEmpty();
        }
    }

    @Test
    void historyCountMustBePositive() {
        final PasswordRepository passwords = new PasswordRepository(java.time.Clock.systemUTC());

        assertThatThrownBy(() -> passwords.recentPasswordHashes(null, 1, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("count: 0");
    }
}
