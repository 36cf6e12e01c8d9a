package io.deskprov.store.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.deskprov.store.ConstraintViolationException;
import io.deskprov.store.Database;
import io.deskprov.store.Store;
import io.deskprov.store.company.Company;
import io.deskprov.store.testing.EngineTest;
import io.deskprov.store.testing.StoreFixtures;
import io.deskprov.store.workplace.Workplace;

class AccountRepositoryTest {

    @EngineTest
    void usernameIsStoredInLowerCaseAndFoundInAnyCase(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final String name = "Erika.Muster" + StoreFixtures.unique();

            final Account created = store.transaction(tx -> store.accounts().create(tx, name, "e@example.com",
                                                                                    List.of(Role.operator())));
            final Optional<Account> found = store.transaction(tx -> store.accounts().findByUsername(tx,
                    name.toUpperCase(Locale.ROOT)));

            assertThat(created.username()).isEqualTo(name.toLowerCase(Locale.ROOT));
            assertThat(created.state()).isEqualTo(AccountState.PENDING);
            assertThat(created.roles()).containsExactly(Role.operator());
            assertThat(found).contains(created);
        }
    }

    @EngineTest
    void sameUsernameInOtherCaseIsRefused(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Account first = fixtures.account();

            assertThatThrownBy(() -> store.transaction(tx -> store.accounts().create(tx,
                    first.username().toUpperCase(Locale.ROOT), "x@example.com", List.of())))
                    .isInstanceOfSatisfying(ConstraintViolationException.class,
                        e -> assertThat(e.constraint()).isEqualTo("account_username_unique"));
        }
    }

    @EngineTest
    void rolesAreGrantedAndRevokedAndListedByCompany(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Company company = fixtures.company();
            final Workplace workplace = fixtures.workplace(company);
            final Account admin = fixtures.account(Role.admin(company.id()));
            final Account user = fixtures.account();
            fixtures.account(Role.admin(fixtures.company().id()));

            store.inTransaction(tx -> store.accounts().grantRole(tx, user.id(),
                                                                 Role.user(company.id(), workplace.id())));
            final List<Account> listed = store.transaction(tx -> store.accounts().listForCompany(tx, company.id()));
            final boolean revoked = store.transaction(tx -> store.accounts().revokeRole(tx, admin.id(),
                                                                                       RoleName.ADMIN));
            final boolean again = store.transaction(tx -> store.accounts().revokeRole(tx, admin.id(),
                                                                                     RoleName.ADMIN));

            assertThat(listed).extracting(Account::id).containsExactlyInAnyOrder(admin.id(), user.id());
            assertThat(listed).filteredOn(a -> a.id() == user.id()).singleElement()
                              .satisfies(a -> assertThat(a.roles()).containsExactly(
                                      Role.user(company.id(), workplace.id())));
            assertThat(revoked).isTrue();
            assertThat(again).isFalse();
        }
    }

    @EngineTest
    void secondAdminRoleIsRefusedByTheSchema(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Account admin = fixtures.account(Role.admin(fixtures.company().id()));
            final long other = fixtures.company().id();

            assertThatThrownBy(() -> store.inTransaction(tx -> store.accounts().grantRole(tx, admin.id(),
                                                                                           Role.admin(other))))
                    .isInstanceOfSatisfying(ConstraintViolationException.class,
                        e -> assertThat(e.constraint()).isEqualTo("account_role_unique"));
        }
    }

    @EngineTest
    void failedLoginsCountUpLockAndReset(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Account account = fixtures.account();
            final Instant lockUntil = fixtures.clock().instant().plus(Duration.ofMinutes(15));

            store.transaction(tx -> store.accounts().recordFailedLogin(tx, account.id(), null));
            final Optional<Integer> second = store.transaction(tx -> store.accounts().recordFailedLogin(tx,
                    account.id(), lockUntil));
            final Optional<Integer> third = store.transaction(tx -> store.accounts().recordFailedLogin(tx,
                    account.id(), null));
            final Account locked = store.transaction(tx -> store.accounts().find(tx, account.id())).orElseThrow();
            store.transaction(tx -> store.accounts().resetFailedLogins(tx, account.id()));
            final Account reset = store.transaction(tx -> store.accounts().find(tx, account.id())).orElseThrow();

            assertThat(second).contains(2);
            assertThat(third).contains(3);
            assertThat(locked.lockedUntil()).isEqualTo(lockUntil);
            assertThat(locked.isLockedAt(fixtures.clock().instant())).isTrue();
            assertThat(reset.failedLogins()).isZero();
            assertThat(reset.lockedUntil()).isNull();
        }
    }

    @EngineTest
    void emailUsernameAndStateChange(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Account account = fixtures.account();
            final String renamed = "Renamed" + StoreFixtures.unique();

            store.inTransaction(tx -> {
                store.accounts().setEmail(tx, account.id(), "new@example.com");
                store.accounts().setUsername(tx, account.id(), renamed);
                store.accounts().setState(tx, account.id(), AccountState.DISABLED);
            });
            final boolean missing = store.transaction(tx -> store.accounts().setState(tx, -1, AccountState.ACTIVE));

            final Account found = store.transaction(tx -> store.accounts().find(tx, account.id())).orElseThrow();
            assertThat(found.email()).isEqualTo("new@example.com");
            assertThat(found.username()).isEqualTo(renamed.toLowerCase(Locale.ROOT));
            assertThat(found.state()).isEqualTo(AccountState.DISABLED);
            assertThat(missing).isFalse();
        }
    }

    @Test
    void malformedUsernameIsRefused() {
        assertThatThrownBy(() -> Account.normalizeUsername("ab"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("username: ab");
        assertThatThrownBy(() -> Account.normalizeUsername("erika muster"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void roleScopeMustFitTheRole() {
        assertThatThrownBy(() -> new Role(RoleName.USER, 1L, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("scope of USER");
        assertThatThrownBy(() -> new Role(RoleName.OPERATOR, 1L, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
