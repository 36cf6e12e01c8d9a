package io.deskprov.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.deskprov.provisioning.testing.Curl;
import io.deskprov.provisioning.testing.TestChangeFeed;
import io.deskprov.provisioning.testing.TestDevices;
import io.deskprov.provisioning.testing.TestServer;
import io.deskprov.store.changes.Change;
import io.deskprov.store.company.DeviceAuthPolicy;
import io.deskprov.store.device.Vendor;

/** Rendered files are cached per device until a change reaches them; validators give 304. */
class CachingTest {
    private static final String MAC = "001565ab0001";

    @TempDir
    Path directory;

    private final TestChangeFeed changes = new TestChangeFeed();
    private DeviceCredentials device;
    private TestServer server;
    private Curl curl;

    @BeforeEach
    void start() throws Exception {
        final TestDevices devices = new TestDevices();
        device = devices.add(MAC, Vendor.YEALINK, DeviceAuthPolicy.PASSWORD_ONLY);
        server = TestServer.start(directory, devices, changes, Clock.systemUTC(), UnaryOperator.identity());
        curl = new Curl(directory, server.pki());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void fileIsRenderedOnceAndServedFromTheCacheAfter() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(fetch().status()).isEqualTo(200);
        }

        assertThat(server.files().renders()).isEqualTo(1);
        assertThat(server.registry().get("deskprov.provisioning.cache.lookups").tag("result", "hit").counter()
                         .count()).isPositive();
    }

    @Test
    void changeOfTheDevicesWorkplaceGroupOrCompanyDropsItsFiles() throws Exception {
        final Change[] reaching = {Change.device(device.deviceId()), Change.workplace(10), Change.group(100),
                                   Change.company(1), Change.everything()};
        for (int i = 0; i < reaching.length; i++) {
            server.files().revision("r" + i);

            changes.fire(reaching[i]);

            assertThat(fetch().text()).as(reaching[i].toString()).contains("# revision r" + i);
        }
    }

    @Test
    void changeElsewhereKeepsTheCachedFile() throws Exception {
        fetch();
        server.files().revision("new");

        changes.fire(Change.workplace(11));
        changes.fire(Change.company(2));

        assertThat(fetch().text()).contains("# revision 1");
    }

    @Test
    void changeOfAnyWorkplaceDropsTheContactDirectoriesOnly() throws Exception {
        server.files().override(MAC + "-phonebook.xml", "<YealinkIPPhoneDirectory>1</YealinkIPPhoneDirectory>");
        fetch();
        fetchFile(MAC + "-phonebook.xml");
        server.files().revision("new");
        server.files().override(MAC + "-phonebook.xml", "<YealinkIPPhoneDirectory>2</YealinkIPPhoneDirectory>");

        // A workplace that is not the device's, maybe of its company, maybe not.
        changes.fire(Change.workplace(11));

        assertThat(fetchFile(MAC + "-phonebook.xml").text()).contains(">2<");
        assertThat(fetch().text()).contains("# revision 1");
    }

    @Test
    void matchingEtagOrDateGets304AndAStaleOneTheFile() throws Exception {
        final Curl.Response first = fetch();

        final Curl.Response byTag = fetch("-H", "If-None-Match: " + first.header("ETag"));
        final Curl.Response byDate = fetch("-H", "If-Modified-Since: " + first.header("Last-Modified"));
        final Curl.Response otherTag = fetch("-H", "If-None-Match: \"other\"");

        assertThat(byTag.status()).isEqualTo(304);
        assertThat(byTag.body()).isEmpty();
        assertThat(byDate.status()).isEqualTo(304);
        assertThat(otherTag.status()).isEqualTo(200);
    }

    @Test
    void requestsAreMeteredByKindAndStatusWithoutTheMac() throws Exception {
        fetch();

        // The meter is updated just after the answer is written, so the client may be first.
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
                server.registry().find("deskprov.provisioning.requests").tag("kind", "config")
                      .tag("status", "200").timer()).isNotNull());
        assertThat(server.registry().get("deskprov.provisioning.requests").tag("kind", "config")
                         .tag("status", "200").timer().count()).isEqualTo(1);
        assertThat(server.registry().getMeters()).allSatisfy(meter -> assertThat(meter.getId().getTags())
                .noneMatch(tag -> tag.getValue().contains(MAC)));
    }

    private Curl.Response fetch(String... extra) throws Exception {
        final String[] args = new String[extra.length + 4];
        args[0] = "--digest";
        args[1] = "--user";
        args[2] = "prov-" + MAC + ":pw-" + MAC;
        System.arraycopy(extra, 0, args, 3, extra.length);
        args[args.length - 1] = server.url("/" + MAC + ".cfg");
        return curl.run(args);
    }

    private Curl.Response fetchFile(String fileName) throws Exception {
        return curl.run("--digest", "--user", "prov-" + MAC + ":pw-" + MAC, server.url("/" + fileName));
    }
}
