package io.deskprov.store.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.deskprov.store.ConstraintViolationException;
import io.deskprov.store.Database;
import io.deskprov.store.Store;
import io.deskprov.store.account.Account;
import io.deskprov.store.account.RoleName;
import io.deskprov.store.company.Company;
import io.deskprov.store.order.ItemKind;
import io.deskprov.store.testing.EngineTest;
import io.deskprov.store.testing.StoreFixtures;

class LoginSessionRepositoryTest {

    @EngineTest
    void sessionIsTouchedAndSwitchesRole(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final LoginSession created = session(fixtures, Duration.ofMinutes(30));
            fixtures.clock().advance(Duration.ofMinutes(10));
            final Instant newExpiry = fixtures.clock().instant().plus(Duration.ofMinutes(30));

            final boolean touched = store.transaction(tx -> store.sessions().touch(tx, created.idHash(), newExpiry));
            store.transaction(tx -> store.sessions().switchRole(tx, created.idHash(), RoleName.USER));
            final LoginSession found = store.transaction(tx -> store.sessions().find(tx, created.idHash()))
                                            .orElseThrow();
            final boolean unknown = store.transaction(tx -> store.sessions().touch(tx, "nope", newExpiry));

            assertThat(created.activeRole()).isEqualTo(RoleName.ADMIN);
            assertThat(created.sourceAddress()).isEqualTo("192.0.2.7");
            assertThat(touched).isTrue();
            assertThat(unknown).isFalse();
            assertThat(found.lastSeenAt()).isEqualTo(fixtures.clock().instant());
            assertThat(found.expiresAt()).isEqualTo(newExpiry);
            assertThat(found.activeRole()).isEqualTo(RoleName.USER);
            assertThat(found.createdAt()).isEqualTo(created.createdAt());
        }
    }

    @EngineTest
    void deletingTheSessionDeletesItsCart(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Company company = fixtures.company();
            final LoginSession session = session(fixtures, Duration.ofMinutes(30));
            final CartItem item = store.transaction(tx -> store.carts().add(tx, session.idHash(), company.id(),
                                                                            ItemKind.WORKPLACE, "{}", null));

            final boolean deleted = store.transaction(tx -> store.sessions().delete(tx, session.idHash()));

            final long left = store.transaction(tx -> tx.queryOne("SELECT COUNT(*) FROM cart_item WHERE id = ?",
                                                                  rs -> rs.getLong(1), item.id())).orElseThrow();
            final Optional<LoginSession> found = store.transaction(tx -> store.sessions().find(tx, session.idHash()));
            assertThat(deleted).isTrue();
            assertThat(found).isEmpty();
            assertThat(left).isZero();
        }
    }

    @EngineTest
    void deleteExpiredRemovesOnlyExpiredSessions(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final LoginSession shortOne = session(fixtures, Duration.ofMinutes(5));
            final LoginSession longOne = session(fixtures, Duration.ofHours(5));
            final Instant now = fixtures.clock().instant().plus(Duration.ofMinutes(5));

            final int removed = store.transaction(tx -> store.sessions().deleteExpired(tx, now));

            final Optional<LoginSession> shortFound = store.transaction(tx -> store.sessions().find(tx,
                    shortOne.idHash()));
            final Optional<LoginSession> longFound = store.transaction(tx -> store.sessions().find(tx,
                    longOne.idHash()));
            assertThat(removed).isGreaterThanOrEqualTo(1);
            assertThat(shortFound).isEmpty();
            assertThat(longFound).isPresent();
        }
    }

    @EngineTest
    void idHashInUseIsRefused(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final LoginSession session = session(fixtures, Duration.ofMinutes(30));

            assertThatThrownBy(() -> store.transaction(tx -> store.sessions().create(tx, session.idHash(),
                    session.accountId(), RoleName.ADMIN, "csrf", session.expiresAt(), null)))
                    .isInstanceOfSatisfying(ConstraintViolationException.class,
                        e -> assertThat(e.kind()).isEqualTo(ConstraintViolationException.Kind.UNIQUE));
        }
    }

    @EngineTest
    void cartLinesAreListedRemovedPerSessionAndCleared(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Company company = fixtures.company();
            final String mine = session(fixtures, Duration.ofMinutes(30)).idHash();
            final String theirs = session(fixtures, Duration.ofMinutes(30)).idHash();
            final LocalDate date = LocalDate.of(2026, 4, 1);
            final CartItem first = store.transaction(tx -> store.carts().add(tx, mine, company.id(),
                                                                             ItemKind.WORKPLACE, "{\"a\":1}", date));
            final CartItem second = store.transaction(tx -> store.carts().add(tx, mine, company.id(),
                                                                              ItemKind.ADD_ON, "{\"b\":2}", null));
            store.transaction(tx -> store.carts().add(tx, mine, company.id(), ItemKind.ADD_ON, "{}", null));

            final boolean byOther = store.transaction(tx -> store.carts().remove(tx, first.id(), theirs));
            final boolean byOwner = store.transaction(tx -> store.carts().remove(tx, first.id(), mine));
            final List<CartItem> left = store.transaction(tx -> store.carts().list(tx, mine));
            final int cleared = store.transaction(tx -> store.carts().clear(tx, mine));

            assertThat(first.activationDate()).isEqualTo(date);
            assertThat(byOther).isFalse();
            assertThat(byOwner).isTrue();
            assertThat(left).hasSize(2).first().isEqualTo(second);
            assertThat(cleared).isEqualTo(2);
        }
    }

    @EngineTest
    void cartOfAnUnknownSessionIsRefused(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Company company = fixtures.company();

            assertThatThrownBy(() -> store.transaction(tx -> store.carts().add(tx, "no-such-session", company.id(),
                                                                               ItemKind.ADD_ON, "{}", null)))
                    .isInstanceOfSatisfying(ConstraintViolationException.class,
                        e -> assertThat(e.constraint()).isEqualTo("cart_item_session_fk"));
        }
    }

    private static LoginSession session(StoreFixtures fixtures, Duration lifetime) {
        final Store store = fixtures.store();
        final Account account = fixtures.account();
        final String idHash = "sess-" + StoreFixtures.unique();
        final Instant expiry = fixtures.clock().instant().plus(lifetime);
        return store.transaction(tx -> store.sessions().create(tx, idHash, account.id(), RoleName.ADMIN,
                                                               "csrf-" + idHash, expiry, "192.0.2.7"));
    }
}
