package io.deskprov.app.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.deskprov.app.Node;
import io.deskprov.app.config.Configuration;
import io.deskprov.certs.CertificateRejectedException;
import io.deskprov.certs.KeyMaterial;
import io.deskprov.certs.MacAddress;
import io.deskprov.certs.device.DeviceCertificateVerifier;
import io.deskprov.store.Store;
import io.deskprov.store.company.Address;
import io.deskprov.store.company.Company;
import io.deskprov.store.company.NewCompany;
import io.deskprov.store.device.Device;
import io.deskprov.store.device.NewDevice;
import io.deskprov.store.device.Vendor;
import io.deskprov.store.workplace.NewWorkplace;
import io.deskprov.store.workplace.Person;
import io.deskprov.store.workplace.Profile;
import io.deskprov.store.workplace.Workplace;

/** A phone's client certificate stops working on the node once the phone is unassigned. */
class DeviceRevocationTest {
    @TempDir
    Path dataDir;

    @Test
    void unassignedDeviceCertificateIsRefusedAsRevoked() throws Exception {
        final Configuration config = Configuration.load(null, Map.of(), List.of(
                "data.dir=" + dataDir, "management.enabled=false", "sip.enabled=false",
                "provisioning.enabled=false", "portal.enabled=false"));
        try (Node node = Node.start(config, Clock.systemUTC(), new PrintStream(OutputStream.nullOutputStream()))) {
            final Store store = node.store();
            final MacAddress mac = MacAddress.parse("00:15:65:12:34:56");
            final KeyMaterial certificate =
                    node.pki().certificateAuthority().orElseThrow().issueDeviceCertificate(mac);
            final Device device = assignedDevice(store, mac.value());
            store.inTransaction(tx -> store.devices().setClientCertSerial(
                    tx, device.id(), certificate.certificate().getSerialNumber().toString(16)));
            final DeviceCertificateVerifier verifier = node.pki().deviceVerifier();

            assertThat(verifier.verify(certificate.chain(), mac).mac()).isEqualTo(mac);

            store.inTransaction(tx -> store.devices().assign(tx, device.id(), null));

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThatThrownBy(() -> verifier.verify(certificate.chain(), mac))
                            .isInstanceOfSatisfying(CertificateRejectedException.class, e -> assertThat(e.reason())
                                    .isEqualTo(CertificateRejectedException.Reason.REVOKED)));
        }
    }

    private static Device assignedDevice(Store store, String mac) {
        return store.transaction(tx -> {
            final Company company = store.companies().create(tx, new NewCompany(
                    "Revocation GmbH", new Address("Weg 1", "10115", "Berlin", "DE"), Map.of(), "Europe/Berlin",
                    "de"));
            final long group = store.groups().listForCompany(tx, company.id()).get(0).id();
            final Workplace workplace = store.workplaces().createActive(tx, new NewWorkplace(
                    company.id(), group, new Person("Erika", "Muster", "erika@example.com", "+49301234567"),
                    Profile.STANDARD), Clock.systemUTC().instant());
            return store.devices().create(tx, new NewDevice(
                    io.deskprov.store.device.MacAddress.parse(mac), Vendor.YEALINK, "T46U", company.id(),
                    workplace.id(), "prov-" + mac, "provisioning-secret-1"));
        });
    }
}
