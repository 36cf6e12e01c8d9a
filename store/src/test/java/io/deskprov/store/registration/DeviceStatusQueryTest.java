package io.deskprov.store.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.deskprov.store.Database;
import io.deskprov.store.Store;
import io.deskprov.store.company.Company;
import io.deskprov.store.device.Device;
import io.deskprov.store.event.ProvisioningEvent;
import io.deskprov.store.sip.SipAccount;
import io.deskprov.store.testing.EngineTest;
import io.deskprov.store.testing.StoreFixtures;
import io.deskprov.store.workplace.Workplace;

class DeviceStatusQueryTest {

    @EngineTest
    void phoneHasTheLiveContactsNotNamingAnotherPhoneAndItsLastFetch(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Company company = fixtures.company();
            final Workplace workplace = fixtures.workplace(company);
            final SipAccount account = fixtures.sipAccount(workplace);
            final Device device = fixtures.device(company);
            store.inTransaction(tx -> store.devices().assign(tx, device.id(), workplace.id()));
            final Instant now = fixtures.clock().instant();
            final String mac = device.mac().value();
            store.inTransaction(tx -> {
                store.bindings().upsertAll(tx, List.of(
                        write(account, "sip:own@192.0.2.1", "Yealink SIP-T46U 108.86.0.75 " + mac, now, 3600),
                        write(account, "sip:other@192.0.2.2", "Yealink SIP-T46U 108.86.0.75 001565ffffff", now, 3600),
                        write(account, "sip:softphone@192.0.2.3", "Linphone/5.2.0", now, 3600),
                        write(account, "sip:gone@192.0.2.4", "Yealink SIP-T46U 108.86.0.75", now, 60)));
                store.provisioningEvents().appendAll(tx, List.of(
                        event(device, now.minusSeconds(60), "y000000000108.cfg", 200),
                        event(device, now.minusSeconds(30), mac + ".cfg", 404)));
            });
            fixtures.clock().advance(Duration.ofMinutes(2));

            final DeviceStatus status = store.transaction(tx -> store.deviceStatuses().find(tx, device.id()))
                                             .orElseThrow();

            assertThat(status.isRegistered()).isTrue();
            assertThat(status.contacts()).extracting(DeviceStatus.Contact::contactUri)
                                         .containsExactlyInAnyOrder("sip:own@192.0.2.1", "sip:softphone@192.0.2.3");
            final DeviceStatus.Contact own = status.contacts().stream()
                                                   .filter(c -> c.contactUri().equals("sip:own@192.0.2.1"))
                                                   .findFirst().orElseThrow();
            assertThat(own.aor()).isEqualTo(account.aor());
            assertThat(own.agent()).isEqualTo(new PhoneAgent("Yealink", "T46U", "108.86.0.75", mac));
            assertThat(own.registeredSince()).isEqualTo(now);
            assertThat(status.lastConfigFetch()).isEqualTo(now.minusSeconds(60));
            assertThat(status.lastFetchedFile()).isEqualTo("y000000000108.cfg");
        }
    }

    @EngineTest
    void unassignedPhoneIsNotRegisteredAndUnknownOneHasNoStatus(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Device device = fixtures.device(fixtures.company());

            final Optional<DeviceStatus> status = store.transaction(tx -> store.deviceStatuses().find(tx, device.id()));
            final Optional<DeviceStatus> unknown = store.transaction(tx -> store.deviceStatuses().find(tx, -1));

            assertThat(status).hasValueSatisfying(s -> {
                assertThat(s.isRegistered()).isFalse();
                assertThat(s.lastConfigFetch()).isNull();
            });
            assertThat(unknown).isEmpty();
        }
    }

    private static BindingWrite write(SipAccount account, String contact, String userAgent, Instant at,
                                      long seconds) {
        return new BindingWrite(account.id(), contact, "call-" + contact, 1, null, Transport.UDP,
                                contact.substring(contact.indexOf('@') + 1) + ":5060", userAgent, at,
                                at.plusSeconds(seconds));
    }

    private static ProvisioningEvent event(Device device, Instant at, String file, int status) {
        return new ProvisioningEvent(device.id(), device.mac(), at, "GET", file, status, 100, 50, "192.0.2.1", null);
    }
}
