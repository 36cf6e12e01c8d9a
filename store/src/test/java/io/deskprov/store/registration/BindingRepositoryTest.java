package io.deskprov.store.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import io.deskprov.store.ConstraintViolationException;
import io.deskprov.store.Database;
import io.deskprov.store.Store;
import io.deskprov.store.sip.SipAccount;
import io.deskprov.store.testing.EngineTest;
import io.deskprov.store.testing.StoreFixtures;

class BindingRepositoryTest {
    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    @EngineTest
    void refreshUpdatesTheContactButKeepsWhenItFirstRegisteredAndItsProbe(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final SipAccount account = account(fixtures);
            final String desk = "sip:4930@192.0.2.10:5060";
            final String mobile = "sip:4930@198.51.100.7:5062;transport=tcp";

            // A phone and a softphone register in one batch.
            store.inTransaction(tx -> store.bindings().upsertAll(tx, List.of(
                    write(account, desk, 1, 1.0, T0), write(account, mobile, 1, null, T0))));
            // The registrar probes the desk phone.
            store.inTransaction(tx -> store.bindings().recordProbe(tx, account.id(), desk, true, 42,
                                                                   T0.plusSeconds(30)));
            // The desk phone refreshes its registration an hour later.
            final Instant refresh = T0.plus(Duration.ofHours(1));
            store.inTransaction(tx -> store.bindings().upsertAll(tx, List.of(write(account, desk, 2, 0.5, refresh))));

            final List<RegistrationBinding> bindings = bindingsOf(fixtures, account);
            assertThat(bindings).hasSize(2);
            final RegistrationBinding deskBinding = bindings.get(0);
            assertThat(deskBinding.contactUri()).isEqualTo(desk);
            assertThat(deskBinding.cseq()).isEqualTo(2);
            assertThat(deskBinding.qValue()).isEqualTo(0.5);
            assertThat(deskBinding.registeredAt()).isEqualTo(T0);
            assertThat(deskBinding.refreshedAt()).isEqualTo(refresh);
            assertThat(deskBinding.expiresAt()).isEqualTo(refresh.plusSeconds(3600));
            assertThat(deskBinding.reachable()).isTrue();
            assertThat(deskBinding.roundTripMs()).isEqualTo(42);
            assertThat(bindings.get(1).qValue()).isNull();
            assertThat(bindings.get(1).reachable()).isNull();
        }
    }

    @EngineTest
    void expiredBindingsAreNotActiveAndAreSwept(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final SipAccount account = account(fixtures);
            store.inTransaction(tx -> store.bindings().upsertAll(tx, List.of(
                    write(account, "sip:a@192.0.2.1", 1, null, T0),
                    write(account, "sip:b@192.0.2.2", 1, null, T0.plus(Duration.ofMinutes(30))))));
            final Instant later = T0.plus(Duration.ofMinutes(61));

            final List<RegistrationBinding> active = store.transaction(tx -> store.bindings().listActive(tx, later));
            final int swept = store.transaction(tx -> store.bindings().sweepExpired(tx, later));

            final List<RegistrationBinding> left = bindingsOf(fixtures, account);
            assertThat(active).extracting(RegistrationBinding::contactUri).contains("sip:b@192.0.2.2")
                              .doesNotContain("sip:a@192.0.2.1");
            assertThat(swept).isGreaterThanOrEqualTo(1);
            assertThat(left).extracting(RegistrationBinding::contactUri).containsExactly("sip:b@192.0.2.2");
        }
    }

    @EngineTest
    void removeTakesOneContactAndRemoveAllTheRest(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final SipAccount account = account(fixtures);
            store.inTransaction(tx -> store.bindings().upsertAll(tx, List.of(write(account, "sip:a@x", 1, null, T0),
                    write(account, "sip:b@x", 1, null, T0), write(account, "sip:c@x", 1, null, T0))));

            final boolean removed = store.transaction(tx -> store.bindings().remove(tx, account.id(), "sip:a@x"));
            final boolean again = store.transaction(tx -> store.bindings().remove(tx, account.id(), "sip:a@x"));
            final int rest = store.transaction(tx -> store.bindings().removeAll(tx, account.id()));
            final boolean probed = store.transaction(tx -> store.bindings().recordProbe(tx, account.id(), "sip:b@x",
                                                                                       false, null, T0));

            assertThat(removed).isTrue();
            assertThat(again).isFalse();
            assertThat(rest).isEqualTo(2);
            assertThat(probed).isFalse();
        }
    }

    @EngineTest
    void bindingOfAnUnknownAccountIsRefused(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final BindingWrite orphan = new BindingWrite(-1, "sip:x@y", "call", 1, null, Transport.UDP,
                                                         "192.0.2.1", null, T0, T0.plusSeconds(60));

            assertThatThrownBy(() -> store.inTransaction(tx -> store.bindings().upsertAll(tx, List.of(orphan))))
                    .isInstanceOfSatisfying(ConstraintViolationException.class,
                        e -> assertThat(e.kind()).isEqualTo(ConstraintViolationException.Kind.REFERENCE));
        }
    }

    @Test
    void qValueOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> new BindingWrite(1, "sip:x@y", "call", 1, 1.5, Transport.UDP, "192.0.2.1", null,
                                                  T0, T0.plusSeconds(60)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("qValue: 1.5");
    }

    private static List<RegistrationBinding> bindingsOf(StoreFixtures fixtures, SipAccount account) {
        final Store store = fixtures.store();
        return store.transaction(tx -> store.bindings().listForAccount(tx, account.id()));
    }

    private static SipAccount account(StoreFixtures fixtures) {
        return fixtures.sipAccount(fixtures.workplace(fixtures.company()));
    }

    private static BindingWrite write(SipAccount account, String contact, long cseq, @Nullable Double q,
                                      Instant at) {
        return new BindingWrite(account.id(), contact, "call-" + contact, cseq, q, Transport.TLS, "192.0.2.10",
                                "Yealink SIP-T46U 108.86.0.20", at, at.plusSeconds(3600));
    }
}
