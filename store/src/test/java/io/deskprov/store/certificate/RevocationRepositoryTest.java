package io.deskprov.store.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;

import io.deskprov.store.Database;
import io.deskprov.store.Store;
import io.deskprov.store.company.Company;
import io.deskprov.store.device.Device;
import io.deskprov.store.testing.EngineTest;
import io.deskprov.store.testing.StoreFixtures;
import io.deskprov.store.workplace.Workplace;

class RevocationRepositoryTest {

    @EngineTest
    void revokingTwiceKeepsTheFirstRevocation(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final BigInteger serial = BigInteger.valueOf(StoreFixtures.unique()).shiftLeft(64);

            final boolean first =
                    store.transaction(tx -> store.revocations().revoke(tx, serial, "revoked by operator"));
            final boolean second = store.transaction(tx -> store.revocations().revoke(tx, serial, "again"));
            final List<RevokedSerial> all = store.transaction(tx -> store.revocations().list(tx));

            assertThat(first).isTrue();
            assertThat(second).isFalse();
            assertThat(all).filteredOn(revoked -> revoked.serialNumber().equals(serial))
                           .singleElement().extracting(RevokedSerial::reason).isEqualTo("revoked by operator");
        }
    }

    @EngineTest
    void unassigningADeviceRevokesItsClientCertificate(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Company company = fixtures.company();
            final Device device = fixtures.device(company);
            final Workplace workplace = fixtures.workplace(company);
            final BigInteger serial = BigInteger.valueOf(StoreFixtures.unique()).shiftLeft(40).add(BigInteger.TEN);
            store.inTransaction(tx -> {
                store.devices().assign(tx, device.id(), workplace.id());
                store.devices().setClientCertSerial(tx, device.id(), RevokedSerial.hex(serial));
            });
            final boolean revokedWhileAssigned = store.transaction(tx -> store.revocations().isRevoked(tx, serial));

            store.inTransaction(tx -> store.devices().assign(tx, device.id(), null));

            final boolean revokedAfter = store.transaction(tx -> store.revocations().isRevoked(tx, serial));
            final Device unassigned = store.transaction(tx -> store.devices().find(tx, device.id())).orElseThrow();
            assertThat(revokedWhileAssigned).isFalse();
            assertThat(revokedAfter).isTrue();
            assertThat(unassigned.clientCertSerial()).isNull();
        }
    }

    @EngineTest
    void deletingADeviceRevokesItsClientCertificate(Database database) {
        try (StoreFixtures fixtures = new StoreFixtures(database)) {
            final Store store = fixtures.store();
            final Device device = fixtures.device(fixtures.company());
            final BigInteger serial = BigInteger.valueOf(StoreFixtures.unique()).shiftLeft(48).add(BigInteger.ONE);
            store.inTransaction(tx -> store.devices().setClientCertSerial(tx, device.id(), RevokedSerial.hex(serial)));

            store.inTransaction(tx -> store.devices().delete(tx, device.id()));

            final boolean revoked = store.transaction(tx -> store.revocations().isRevoked(tx, serial));
            assertThat(revoked).isTrue();
        }
    }
}
