package io.deskprov.certs.ca;

import static io.deskprov.certs.testing.OpenSsl.arg;
import static org.assertj.core.api.Assertions.assertThat;

import io.deskprov.certs.KeyMaterial;
import io.deskprov.certs.KeyType;
import io.deskprov.certs.MacAddress;
import io.deskprov.certs.internal.PemFiles;
import io.deskprov.certs.revocation.FileRevocationStore;
import io.deskprov.certs.testing.OpenSsl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Checks our certificates with an independent implementation, the OpenSSL command-line tool.
 */
class OpenSslVerifyTest {
    private static final MacAddress MAC = new MacAddress("001565aabbcc");

    @TempDir
    Path directory;

    @ParameterizedTest
    @EnumSource(KeyType.class)
    void serverCertificate_verifiesForItsHostNameAndAddress(KeyType keyType) throws Exception {
        final CertificateAuthority ca = newCa(keyType);
        final KeyMaterial server = ca.issueServerCertificate(List.of("prov.example.com", "127.0.0.1"));

        final OpenSsl.Result byName = verify(ca, server.certificate(), "-purpose", "sslserver",
                                             "-verify_hostname", "prov.example.com");
        final OpenSsl.Result byAddress = verify(ca, server.certificate(), "-purpose", "sslserver",
                                                "-verify_ip", "127.0.0.1");
        final OpenSsl.Result otherName = verify(ca, server.certificate(), "-verify_hostname", "other.example.com");

        assertThat(byName.exitCode()).as(byName.output()).isZero();
        assertThat(byAddress.exitCode()).as(byAddress.output()).isZero();
        assertThat(otherName.exitCode()).isNotZero();
    }

    @ParameterizedTest
    @EnumSource(KeyType.class)
    void deviceCertificate_verifiesAsTlsClientButNotAsServer(KeyType keyType) throws Exception {
        final CertificateAuthority ca = newCa(keyType);
        final KeyMaterial device = ca.issueDeviceCertificate(MAC);

        final OpenSsl.Result asClient = verify(ca, device.certificate(), "-purpose", "sslclient");
        final OpenSsl.Result asServer = verify(ca, device.certificate(), "-purpose", "sslserver");

        assertThat(asClient.exitCode()).as(asClient.output()).isZero();
        assertThat(asServer.exitCode()).isNotZero();
    }

    @Test
    void crl_marksRevokedDevicesOnly() throws Exception {
        final CertificateAuthority ca = newCa(KeyType.EC_P256);
        final KeyMaterial revoked = ca.issueDeviceCertificate(MAC);
        final KeyMaterial kept = ca.issueDeviceCertificate(new MacAddress("001565ddeeff"));
        final Path crlFile = directory.resolve("crl.pem");
        final CrlPublisher publisher = new CrlPublisher(ca, new FileRevocationStore(directory.resolve("revoked.txt")),
                                                        crlFile, Clock.systemUTC());

        publisher.revoke(revoked.certificate().getSerialNumber());
        final OpenSsl.Result forRevoked = verify(ca, revoked.certificate(), "-crl_check", "-CRLfile", arg(crlFile));
        final OpenSsl.Result forKept = verify(ca, kept.certificate(), "-crl_check", "-CRLfile", arg(crlFile));

        assertThat(forRevoked.exitCode()).isNotZero();
        assertThat(forRevoked.output()).contains("certificate revoked");
        assertThat(forKept.exitCode()).as(forKept.output()).isZero();
    }

    private static CertificateAuthority newCa(KeyType keyType) {
        return CertificateAuthority.create(PkiSettings.builder().keyType(keyType).build(), Clock.systemUTC());
    }

    private OpenSsl.Result verify(CertificateAuthority ca, X509Certificate leaf, String... options)
            throws Exception {
        final Path caFile = Files.writeString(directory.resolve("ca.pem"), PemFiles.toPem(List.of(ca.certificate())));
        final Path leafFile = Files.writeString(directory.resolve("leaf.pem"), PemFiles.toPem(List.of(leaf)));
        final List<String> arguments = new ArrayList<>(List.of("verify", "-CAfile", arg(caFile)));
        arguments.addAll(List.of(options));
        arguments.add(arg(leafFile));
        return OpenSsl.run(arguments.toArray(new String[0]));
    }
}
