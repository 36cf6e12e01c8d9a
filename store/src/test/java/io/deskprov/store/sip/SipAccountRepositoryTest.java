package io.deskprov.store.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import io.deskprov.store.ConstraintViolationException;
import io.deskprov.store.Database;
import io.deskprov.store.Store;
import io.deskprov.store.changes.Change;
import io.deskprov.store.testing.EngineTest;
import io.deskprov.store.testing.StoreFixtures;
import io.deskprov.store.workplace.Workplace;

class SipAccountRepositoryTest {

    @EngineTest
    void accountIsFoundByAorAndAuthNameAndItsSecretIsSealed(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Workplace workplace = fixtures.workplace(fixtures.company());
            final String user = "user" + StoreFixtures.unique();

            final SipAccount created = store.transaction(tx -> store.sipAccounts().create(tx, new NewSipAccount(
                    workplace.id(), user, "auth-" + user, "PBX.Example.com", "Erika", "Digest-Secret-42")));
            final Optional<SipAccount> byAor = store.transaction(tx -> store.sipAccounts().findByAor(tx,
                    "pbx.EXAMPLE.com", user));
            final Optional<SipAccount> byAuth = store.transaction(tx -> store.sipAccounts().findByAuth(tx,
                    "pbx.example.com", "auth-" + user));
            final String stored = store.transaction(tx -> tx.queryOne("SELECT secret FROM sip_account WHERE id = ?",
                    rs -> rs.getString(1), created.id())).orElseThrow();
            final Optional<String> secret = store.transaction(tx -> store.sipAccounts().secret(tx, created.id()));

            assertThat(created.aor()).isEqualTo("sip:" + user + "@pbx.example.com");
            assertThat(byAor).contains(created);
            assertThat(byAuth).contains(created);
            assertThat(stored).startsWith("v1.").doesNotContain("Digest-Secret");
            assertThat(secret).contains("Digest-Secret-42");
        }
    }

    @EngineTest
    void aorTakenInTheDomainIsRefused(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Workplace workplace = fixtures.workplace(fixtures.company());
            final SipAccount first = fixtures.sipAccount(workplace);

            assertThatThrownBy(() -> store.transaction(tx -> store.sipAccounts().create(tx, new NewSipAccount(
                    workplace.id(), first.username(), "other-auth", first.domain(), "X", "another-secret-1"))))
                    .isInstanceOfSatisfying(ConstraintViolationException.class,
                        e -> assertThat(e.constraint()).isEqualTo("sip_account_aor_unique"));
        }
    }

    @EngineTest
    void changeSecretAndDeleteArePublishedForTheWorkplace(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Workplace workplace = fixtures.workplace(fixtures.company());
            final SipAccount account = fixtures.sipAccount(workplace);
            final SipAccount other = fixtures.sipAccount(workplace);
            final List<Change> heard = new CopyOnWriteArrayList<>();
            store.changes().subscribe(heard::add);

            final boolean changed = store.transaction(tx -> store.sipAccounts().changeSecret(tx, account.id(),
                                                                                            "Brand-New-Secret"));
            final Optional<String> secret = store.transaction(tx -> store.sipAccounts().secret(tx, account.id()));
            await().atMost(Duration.ofSeconds(10)).until(() -> heard.contains(Change.workplace(workplace.id())));
            heard.clear();
            final boolean deleted = store.transaction(tx -> store.sipAccounts().delete(tx, account.id()));
            final boolean deletedAgain = store.transaction(tx -> store.sipAccounts().delete(tx, account.id()));
            final boolean changedMissing = store.transaction(tx -> store.sipAccounts().changeSecret(tx,
                    account.id(), "Brand-New-Secret"));

            await().atMost(Duration.ofSeconds(10)).until(() -> heard.contains(Change.workplace(workplace.id())));
            final List<SipAccount> left = store.transaction(tx -> store.sipAccounts().listForWorkplace(tx,
                                                                                                      workplace.id()));
            assertThat(changed).isTrue();
            assertThat(secret).contains("Brand-New-Secret");
            assertThat(deleted).isTrue();
            assertThat(deletedAgain).isFalse();
            assertThat(changedMissing).isFalse();
            assertThat(left).containsExactly(other);
        }
    }

    @EngineTest
    void renameChangesAddressAndDisplayNameAndIsPublished(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Workplace workplace = fixtures.workplace(fixtures.company());
            final SipAccount account = fixtures.sipAccount(workplace);
            final SipAccount other = fixtures.sipAccount(workplace);
            final String user = "49302" + StoreFixtures.unique();
            final List<Change> heard = new CopyOnWriteArrayList<>();
            store.changes().subscribe(heard::add);

            final boolean renamed = store.transaction(tx -> store.sipAccounts().rename(tx, account.id(), user,
                                                                                      "Erika Schmidt"));
            final SipAccount after = store.transaction(tx -> store.sipAccounts().find(tx, account.id()))
                                          .orElseThrow();

            assertThat(renamed).isTrue();
            assertThat(after.aor()).isEqualTo("sip:" + user + "@pbx.example.com");
            assertThat(after.displayName()).isEqualTo("Erika Schmidt");
            await().atMost(Duration.ofSeconds(10)).until(() -> heard.contains(Change.workplace(workplace.id())));
            assertThatThrownBy(() -> store.inTransaction(tx -> store.sipAccounts().rename(tx, other.id(), user, "X")))
                    .isInstanceOfSatisfying(ConstraintViolationException.class,
                        e -> assertThat(e.constraint()).isEqualTo("sip_account_aor_unique"));
            final boolean missing = store.transaction(tx -> store.sipAccounts().rename(tx, -1, user, "X"));
            assertThat(missing).isFalse();
        }
    }

    @Test
    void secretIsCheckedAndHiddenFromToString() {
        final NewSipAccount account = new NewSipAccount(1, "4930", "4930", "pbx.example.com", "E",
                                                        "Hidden-Secret-99");

        assertThat(account.toString()).doesNotContain("Hidden-Secret-99");
        assertThatThrownBy(() -> new NewSipAccount(1, "4930", "4930", "pbx.example.com", "E", "short"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("secret: too short");
        assertThatThrownBy(() -> new NewSipAccount(1, "a@b", "4930", "pbx.example.com", "E", "long-enough-12"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("username: 'a@b'");
    }
}
