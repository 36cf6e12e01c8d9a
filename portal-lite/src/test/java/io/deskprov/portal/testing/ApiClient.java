package io.deskprov.portal.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * A browser stand-in over real HTTPS: keeps its session cookie, and sends the CSRF token it got
 * at login with every changing request unless told not to.
 */
public final class ApiClient {
    private static final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

    private final URI base;
    private final HttpClient http;
    private @Nullable String csrfToken;
    private @Nullable String bearer;
    private boolean sendCsrf = true;

    ApiClient(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                              .sslContext(TestTls.client())
                              .cookieHandler(new CookieManager())
                              .connectTimeout(Duration.ofSeconds(10))
                              .build();
    }

    /** Logs in and keeps the session; returns the answer. */
    public ApiResponse login(String username, String password) {
        final ApiResponse response = post("/api/session", "{\"username\":" + quote(username) + ",\"password\":"
                                                          + quote(password) + '}');
        if (response.status() == 200) {
            csrfToken = response.json().path("csrfToken").asText();
        }
        return response;
    }

    /** From now on authenticates with the API token instead of a session. */
    public ApiClient bearer(String token) {
        this.bearer = token;
        return this;
    }

    public ApiClient withoutCsrf() {
        this.sendCsrf = false;
        return this;
    }

    public ApiResponse get(String path) {
        return send("GET", path, null);
    }

    public ApiResponse post(String path, Object body) {
        return send("POST", path, body);
    }

    public ApiResponse put(String path, Object body) {
        return send("PUT", path, body);
    }

    public ApiResponse patch(String path, Object body) {
        return send("PATCH", path, body);
    }

    public ApiResponse delete(String path) {
        return send("DELETE", path, null);
    }

    /** Sends the body as it is when it is a string, otherwise as Jackson writes it. */
    public ApiResponse send(String method, String path, @Nullable Object body) {
        try {
            final byte[] bytes = body == null ? new byte[0]
                                 : body instanceof String ? ((String) body).getBytes(StandardCharsets.UTF_8)
                                 : mapper.writeValueAsBytes(body);
            final HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(bytes));
            if (sendCsrf && csrfToken != null) {
                request.header("X-CSRF-Token", csrfToken);
            }
            if (bearer != null) {
                request.header("Authorization", "Bearer " + bearer);
            }
            final HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            final JsonNode json = response.body().length == 0 ? MissingNode.getInstance()
                                                              : mapper.readTree(response.body());
            return new ApiResponse(response.statusCode(), json, response);
        } catch (IOException e) {
            throw new IllegalStateException(method + ' ' + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + ' ' + path + " interrupted", e);
        }
    }

    private static String quote(String value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
