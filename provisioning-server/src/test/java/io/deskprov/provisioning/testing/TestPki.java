package io.deskprov.provisioning.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import io.deskprov.certs.KeyMaterial;
import io.deskprov.certs.KeyMaterialFiles;
import io.deskprov.certs.KeyType;
import io.deskprov.certs.MacAddress;
import io.deskprov.certs.PkiException;
import io.deskprov.certs.ca.CertificateAuthority;
import io.deskprov.certs.ca.CrlPublisher;
import io.deskprov.certs.ca.PkiSettings;
import io.deskprov.certs.device.DeviceCertificateVerifier;
import io.deskprov.certs.device.VendorTrust;
import io.deskprov.certs.revocation.FileRevocationStore;
import io.deskprov.certs.tls.ReloadingKeyMaterial;
import io.deskprov.provisioning.ServerTls;

/**
 * A certificate authority of our own for one test: the server's certificate for 127.0.0.1,
 * device certificates, and the PEM files curl and the JDK client read.
 */
public final class TestPki {
    private final Path directory;
    private final CertificateAuthority ca;
    private final Path caFile;

    private TestPki(Path directory, CertificateAuthority ca, Path caFile) {
        this.directory = directory;
        this.ca = ca;
        this.caFile = caFile;
    }

    public static TestPki create(Path directory) throws Exception {
        final CertificateAuthority ca = CertificateAuthority.create(
                PkiSettings.builder().keyType(KeyType.EC_P256).build(), Clock.systemUTC());
        final Path caFile = directory.resolve("ca.crt");
        Files.writeString(caFile, pem(ca.certificate().getEncoded()));
        return new TestPki(directory, ca, caFile);
    }

    /** The CA certificate as a PEM file, for {@code curl --cacert}. */
    public Path caFile() {
        return caFile;
    }

    public CertificateAuthority ca() {
        return ca;
    }

    /** The TLS side of a server with a certificate for 127.0.0.1 and localhost. */
    public ServerTls serverTls() throws Exception {
        final KeyMaterialFiles files = write(ca.issueServerCertificate(List.of("127.0.0.1", "localhost")), "server");
        final ReloadingKeyMaterial material = ReloadingKeyMaterial.open(files, Duration.ofSeconds(10),
                                                                        Clock.systemUTC());
        return new ServerTls(material, verifier());
    }

    /** A device certificate of this CA for the MAC, as PEM files. */
    public KeyMaterialFiles deviceCertificate(String mac) throws Exception {
        return write(ca.issueDeviceCertificate(MacAddress.parse(mac)), "device-" + mac);
    }

    private DeviceCertificateVerifier verifier() {
        final CrlPublisher crls = new CrlPublisher(ca, new FileRevocationStore(directory.resolve("revoked.txt")),
                                                   directory.resolve("crl.pem"), Clock.systemUTC());
        return new DeviceCertificateVerifier(ca.certificate(), crls, VendorTrust.none(), Clock.systemUTC());
    }

    private KeyMaterialFiles write(KeyMaterial material, String name) throws PkiException {
        final KeyMaterialFiles files = new KeyMaterialFiles(directory.resolve(name + ".crt"),
                                                            directory.resolve(name + ".key"));
        material.write(files);
        return files;
    }

    private static String pem(byte[] der) {
        return "-----BEGIN CERTIFICATE-----\n"
               + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
               + "\n-----END CERTIFICATE-----\n";
    }
}
