package io.deskprov.app;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The portal of a running node as a browser uses it: over HTTPS trusting the node's CA, with the
 * session cookie and the CSRF token of its last login.
 */
final class PortalClient {
    private static final ObjectMapper mapper = new ObjectMapper();

    private final HttpClient http;
    private final URI base;
    private String csrfToken = "";

    PortalClient(Node node) throws GeneralSecurityException, IOException {
        this.http = HttpClient.newBuilder()
                              .sslContext(TlsProbe.trusting(node.pki().caCertificate().orElseThrow()))
                              .cookieHandler(new CookieManager())
                              .build();
        this.base = URI.create("https://127.0.0.1:" + node.portal().orElseThrow().address().getPort() + '/');
    }

    /** Logs in and keeps the session; returns the answer. */
    HttpResponse<String> login(String username, String password) throws IOException, InterruptedException {
        final HttpResponse<String> answer = post("/api/session", Map.of("username", username, "password", password));
        if (answer.statusCode() == 200) {
            csrfToken = json(answer).path("csrfToken").asText();
        }
        return answer;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    HttpResponse<String> post(String path, Object body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path))
                               .header("Content-Type", "application/json")
                               .POST(HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(body))));
    }

    static JsonNode json(HttpResponse<String> answer) throws IOException {
        return mapper.readTree(answer.body());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!csrfToken.isEmpty()) {
            request.header("X-CSRF-Token", csrfToken);
        }
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
