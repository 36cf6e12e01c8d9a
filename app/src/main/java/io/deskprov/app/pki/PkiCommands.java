package io.deskprov.app.pki;

import static java.util.Objects.requireNonNull;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.deskprov.app.Node;
import io.deskprov.app.config.Configuration;
import io.deskprov.app.config.Keys;
import io.deskprov.certs.KeyMaterial;
import io.deskprov.certs.KeyMaterialFiles;
import io.deskprov.certs.MacAddress;
import io.deskprov.certs.PkiException;
import io.deskprov.certs.PkiLayout;
import io.deskprov.certs.UnusableKeyMaterialException;
import io.deskprov.certs.ca.CertificateAuthority;
import io.deskprov.certs.ca.CrlPublisher;
import io.deskprov.store.Database;
import io.deskprov.store.Store;

/** What the {@code deskprov certs} commands do, apart from their parsing and printing. */
public final class PkiCommands {
    private final Configuration config;
    private final Path dataDir;
    private final Clock clock;

    public PkiCommands(Configuration config, Path dataDir, Clock clock) {
        this.config = requireNonNull(config, "config");
        this.dataDir = requireNonNull(dataDir, "dataDir");
        this.clock = requireNonNull(clock, "clock");
    }

    /** A device certificate written to disk, with the serial to revoke it by. */
    public record IssuedDevice(KeyMaterialFiles files, BigInteger serial) {
    }

    /**
     * Creates our CA and returns its SHA-256 fingerprint.
     *
     * @throws PkiException if a CA exists already, or it cannot be written
     */
    public String init() throws PkiException {
        if (CaSource.exists(config, dataDir)) {
            throw new UnusableKeyMaterialException("a CA exists already (" + where() + "); it is never replaced,"
                                                   + " since every certificate it issued would stop working");
        }
        final CertificateAuthority ca = CaSource.create(config, dataDir, clock);
        CaCertificateFile.write(ca.certificate(), caCertificateFile());
        return ca.fingerprint();
    }

    /** Issues a server certificate for the names, or for tls.names when none are given. */
    public KeyMaterialFiles issueServer(List<String> names, @Nullable Path outDirectory) throws PkiException {
        final List<String> covered = names.isEmpty() ? Pki.hostNames(config) : names;
        final KeyMaterial issued = existingCa().issueServerCertificate(covered);
        final PkiLayout layout = CaSource.layout(dataDir);
        final KeyMaterialFiles files = outDirectory == null
                ? new KeyMaterialFiles(layout.serverCertificate(), layout.serverKey())
                : new KeyMaterialFiles(outDirectory.resolve("server.crt"), outDirectory.resolve("server.key"));
        issued.write(files);
        return files;
    }

    /** Issues a client certificate for the phone with the MAC address. */
    public IssuedDevice issueDevice(MacAddress mac, Path outDirectory) throws PkiException {
        final KeyMaterial issued = existingCa().issueDeviceCertificate(mac);
        final KeyMaterialFiles files = new KeyMaterialFiles(outDirectory.resolve(mac.value() + ".crt"),
                                                            outDirectory.resolve(mac.value() + ".key"));
        issued.write(files);
        return new IssuedDevice(files, issued.certificate().getSerialNumber());
    }

    /**
     * Revokes a certificate of our CA in the database, where every node reads revocations from,
     * and returns where this node's new CRL is.
     */
    public Path revoke(BigInteger serial) throws PkiException {
        final PkiLayout layout = CaSource.layout(dataDir);
        final CertificateAuthority ca = existingCa();
        try (Database database = Database.open(Node.databaseSettings(config), null)) {
            database.migrate();
            try (Store store = Store.over(database, clock, Node.secretBox(config))) {
                new CrlPublisher(ca, new StoreRevocations(store), layout.crl(), clock).revoke(serial);
            }
        }
        return layout.crl();
    }

    public Path caCertificateFile() {
        return CaSource.certificateFile(dataDir);
    }

    private CertificateAuthority existingCa() throws PkiException {
        if (!CaSource.exists(config, dataDir)) {
            throw new UnusableKeyMaterialException("there is no CA yet (" + where() + "); run deskprov certs init"
                                                   + " or deskprov start first");
        }
        return CaSource.loadOrCreate(config, dataDir, clock);
    }

    private String where() {
        return config.isEmpty(Keys.PKI_CA_PKCS12_FILE)
               ? CaSource.layout(dataDir).directory().toString()
               : config.get(Keys.PKI_CA_PKCS12_FILE).toString();
    }
}
