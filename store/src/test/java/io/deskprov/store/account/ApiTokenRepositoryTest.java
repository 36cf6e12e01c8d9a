package io.deskprov.store.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.deskprov.store.ConstraintViolationException;
import io.deskprov.store.Database;
import io.deskprov.store.Store;
import io.deskprov.store.testing.EngineTest;
import io.deskprov.store.testing.StoreFixtures;

class ApiTokenRepositoryTest {

    @EngineTest
    void tokenIsFoundByHashUntilRevoked(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Account account = fixtures.account();
            final String hash = "hash-" + StoreFixtures.unique();
            final ApiToken token = store.transaction(tx -> store.apiTokens().create(tx, account.id(), "ci", hash));
            fixtures.clock().advance(Duration.ofMinutes(1));

            store.transaction(tx -> store.apiTokens().touch(tx, token.id()));
            final Optional<ApiToken> active = store.transaction(tx -> store.apiTokens().findActiveByHash(tx, hash));
            final boolean revoked = store.transaction(tx -> store.apiTokens().revoke(tx, token.id()));
            final boolean again = store.transaction(tx -> store.apiTokens().revoke(tx, token.id()));
            final Optional<ApiToken> afterRevoke = store.transaction(tx -> store.apiTokens().findActiveByHash(tx,
                                                                                                             hash));
            final List<ApiToken> all = store.transaction(tx -> store.apiTokens().listForAccount(tx, account.id()));

            assertThat(active).hasValueSatisfying(t -> assertThat(t.lastUsedAt()).isEqualTo(
                    fixtures.clock().instant()));
            assertThat(revoked).isTrue();
            assertThat(again).isFalse();
            assertThat(afterRevoke).isEmpty();
            assertThat(all).singleElement().satisfies(t -> assertThat(t.isRevoked()).isTrue());
        }
    }

    @EngineTest
    void hashAlreadyKnownIsRefused(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Account account = fixtures.account();
            final String hash = "hash-" + StoreFixtures.unique();
            store.transaction(tx -> store.apiTokens().create(tx, account.id(), "one", hash));

            assertThatThrownBy(() -> store.transaction(tx -> store.apiTokens().create(tx, account.id(), "two", hash)))
                    .isInstanceOfSatisfying(ConstraintViolationException.class,
                        e -> assertThat(e.constraint()).isEqualTo("api_token_hash_unique"));
        }
    }
}
