package io.deskprov.provisioning.testing;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

import io.deskprov.provisioning.ConfigFiles;
import io.deskprov.provisioning.ProvisioningServerSettings;
import io.deskprov.provisioning.store.StoreConfigFiles;
import io.deskprov.provisioning.store.StoreDeviceDirectory;
import io.deskprov.provisioning.store.StoreFailureCounts;
import io.deskprov.store.Store;
import io.deskprov.store.company.Company;
import io.deskprov.store.device.Device;
import io.deskprov.store.device.MacAddress;
import io.deskprov.store.device.NewDevice;
import io.deskprov.store.device.Vendor;
import io.deskprov.store.testing.StoreFixtures;
import io.deskprov.templates.ProvisioningRenderer;
import io.deskprov.templates.catalog.ModelCatalog;

/**
 * Phones in the real store, with the curl arguments that log them in as the phone would, and
 * servers over that store. The Yealink is the fixtures' T46U; the Polycom is a VVX 450 on a
 * Polycom MAC prefix.
 */
public final class StorePhones {
    public static final String POLYCOM_AGENT = "FileTransport PolycomVVX-VVX_450-UA/6.4.6.2009 Type/Application";

    private StorePhones() {
    }

    /** A new Yealink T46U of the company, assigned to the workplace. */
    public static Device assignedYealink(StoreFixtures fixtures, Company company, long workplaceId) {
        final Store store = fixtures.store();
        final Device device = fixtures.device(company);
        store.inTransaction(tx -> store.devices().assign(tx, device.id(), workplaceId));
        return device;
    }

    /** Digest login and User-Agent (with the MAC, colon-separated) of a fixtures Yealink. */
    public static List<String> yealinkLogin(Device device) {
        final String mac = device.mac().value();
        return List.of("--digest", "--user", "prov-" + mac + ":secret-" + mac + "-x",
                       "-A", "Yealink SIP-T46U 108.86.0.75 " + mac.replaceAll("(..)(?!$)", "$1:"));
    }

    /** A new Polycom VVX 450 of the company, assigned to the workplace. */
    public static MacAddress assignedPolycom(StoreFixtures fixtures, Company company, long workplaceId) {
        final Store store = fixtures.store();
        final MacAddress mac = new MacAddress("0004f2" + StoreFixtures.uniqueMac().value().substring(6));
        store.inTransaction(tx -> store.devices().create(tx, new NewDevice(
                mac, Vendor.POLYCOM, "VVX 450", company.id(), workplaceId, "poly-" + mac, "poly-secret-" + mac)));
        return mac;
    }

    /** Digest login and User-Agent (without MAC, as Polycom sends by default) of a Polycom above. */
    public static List<String> polycomLogin(MacAddress mac) {
        return List.of("--digest", "--user", "poly-" + mac + ":poly-secret-" + mac, "-A", POLYCOM_AGENT);
    }

    /** A server over the store's devices and change feed, rendering with the bundled templates. */
    public static TestServer renderingServer(Path directory, Store store) throws Exception {
        final ProvisioningRenderer renderer = ProvisioningRenderer.builder(ModelCatalog.bundled()).build();
        final StoreConfigFiles files = new StoreConfigFiles(store, renderer, URI.create("https://prov.example.net/"));
        return server(directory, store, files, null);
    }

    /** A server over the store's devices and change feed, rendering with the given files. */
    public static TestServer server(Path directory, Store store, ConfigFiles files, @Nullable Path firmware)
            throws Exception {
        return serverTuned(directory, store, files, settings -> settings.firmwareDirectory(firmware));
    }

    /** A server over the store's devices, change feed and failure counts, as a node runs it. */
    public static TestServer serverTuned(Path directory, Store store, ConfigFiles files,
                                         UnaryOperator<ProvisioningServerSettings.Builder> tweak) throws Exception {
        return TestServer.start(directory, new StoreDeviceDirectory(store), files, store.changes(),
                                new StoreFailureCounts(store, Clock.systemUTC()), Clock.systemUTC(), tweak);
    }
}
