package io.deskprov.provisioning.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

import io.deskprov.provisioning.testing.TestChangeFeed;
import io.deskprov.provisioning.testing.TestDevices;
import io.deskprov.provisioning.testing.TestServer;
import io.deskprov.store.company.DeviceAuthPolicy;
import io.deskprov.store.device.MacAddress;
import io.deskprov.store.device.Vendor;

/**
 * The provisioning server as {@code loadtest/bench-provisioning.sh} measures it: many devices
 * with Basic credentials, each with its own config file of realistic size. Writes beside it the
 * same bytes as static files for nginx, the server's certificate and key, and a wrk script that
 * asks for every device's file in turn with its credentials.
 *
 * <p>Arguments: work directory, port, number of devices. Runs until the process is stopped.
 */
public final class BenchServer {
    private static final String PADDING = "# " + "x".repeat(76) + '\n';

    private BenchServer() {
    }

    public static void main(String[] args) throws Exception {
        final Path work = Path.of(args[0]);
        final int port = Integer.parseInt(args[1]);
        final int deviceCount = Integer.parseInt(args[2]);
        final TestDevices devices = new TestDevices();
        final Path staticFiles = Files.createDirectories(work.resolve("static"));
        final StringBuilder lua = new StringBuilder("requests = {\n");
        for (int i = 0; i < deviceCount; i++) {
            final String mac = String.format(Locale.ROOT, "001565%06x", i);
            devices.add(mac, Vendor.YEALINK, DeviceAuthPolicy.CERTIFICATE_OR_PASSWORD);
            final byte[] login = ("prov-" + mac + ":pw-" + mac).getBytes(UTF_8);
            final String credentials = Base64.getEncoder().encodeToString(login);
            lua.append("  {\"/").append(mac).append(".cfg\", \"Basic ").append(credentials).append("\"},\n");
        }
        lua.append("}\n");
        final TestServer server = TestServer.start(work, devices, new TestChangeFeed(), Clock.systemUTC(),
                settings -> settings.httpsPort(port).maxConnections(50_000).idleTimeout(Duration.ofSeconds(120))
                                  .ioThreads(Integer.getInteger("bench.ioThreads", 0)));
        // The events would go to the database in batches from a background thread; kept in memory
        // here they would grow the heap for as long as the benchmark runs.
        server.recorder().countEventsOnly();
        for (int i = 0; i < deviceCount; i++) {
            final MacAddress mac = new MacAddress(String.format(Locale.ROOT, "001565%06x", i));
            final String name = mac + ".cfg";
            // About 2 KiB, the size of a rendered Yealink device file with one account.
            final String body = server.files().content(mac, name) + PADDING.repeat(24);
            server.files().override(name, body);
            Files.writeString(staticFiles.resolve(name), body);
        }
        Files.writeString(work.resolve("requests.lua"), lua.toString());
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        System.out.println("READY " + server.port());
        new CountDownLatch(1).await();
    }
}
