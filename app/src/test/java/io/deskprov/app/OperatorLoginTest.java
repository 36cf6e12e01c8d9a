package io.deskprov.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.deskprov.app.config.Configuration;

/** The operator logs in to the portal of a freshly started node with the password it printed. */
class OperatorLoginTest {
    @TempDir
    Path dataDir;

    @Test
    void printedOneTimePasswordOpensAPortalSessionThatMustSetAPassword() throws Exception {
        final ByteArrayOutputStream printed = new ByteArrayOutputStream();
        final Configuration config = Configuration.load(null, Map.of(), List.of(
                "data.dir=" + dataDir, "management.enabled=false", "sip.enabled=false",
                "provisioning.enabled=false", "portal.host=127.0.0.1", "portal.port=0"));
        final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        try (Node node = Node.start(config, Clock.systemUTC(), out)) {
            final Matcher password = Pattern.compile("one-time password (\\S+)")
                                            .matcher(printed.toString(StandardCharsets.UTF_8));
            assertThat(password.find()).isTrue();
            final PortalClient client = new PortalClient(node);

            final HttpResponse<String> right = client.login("operator", password.group(1));
            final HttpResponse<String> wrong = client.login("operator", "Wrong-Password-1");

            assertThat(right.statusCode()).isEqualTo(200);
            assertThat(right.body()).contains("\"mustSetPassword\":true", "csrfToken");
            assertThat(right.headers().firstValue("set-cookie")).hasValueSatisfying(
                    cookie -> assertThat(cookie).contains("Secure", "HttpOnly"));
            assertThat(wrong.statusCode()).isEqualTo(401);
        }
    }
}
