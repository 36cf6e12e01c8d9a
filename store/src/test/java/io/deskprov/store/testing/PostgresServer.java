package io.deskprov.store.testing;

import org.jspecify.annotations.Nullable;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * Finds the PostgreSQL server the tests may create databases on: the one named by the
 * {@value #URL_VARIABLE} environment variable (CI sets it), else a Testcontainers server where
 * Docker runs, else none, and the PostgreSQL half of the tests is skipped with a notice.
 */
final class PostgresServer {
    /** An admin JDBC URL, e.g. {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}. */
    static final String URL_VARIABLE = "DESKPROV_TEST_POSTGRES_URL";

    private static final Object lock = new Object();
    private static @Nullable String adminUrl;
    private static @Nullable String unavailableReason;
    private static boolean probed;

    private PostgresServer() {
    }

    /** The admin URL, or null when there is no server; {@link #unavailableReason()} says why. */
    static @Nullable String adminUrl() {
        synchronized (lock) {
            if (!probed) {
                probe();
                probed = true;
            }
            return adminUrl;
        }
    }

    static String unavailableReason() {
        adminUrl();
        return unavailableReason == null ? "" : unavailableReason;
    }

    private static void probe() {
        final String configured = System.getenv(URL_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            adminUrl = configured.trim();
            return;
        }
        if (dockerRuns()) {
            adminUrl = startContainer();
            return;
        }
        unavailableReason = "PostgreSQL tests skipped: set " + URL_VARIABLE
                + " (e.g. jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres) or run Docker";
        System.err.println("NOTICE: " + unavailableReason);
    }

    private static boolean dockerRuns() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    @SuppressWarnings("resource") // Lives as long as the test JVM; Testcontainers reaps it after.
    private static String startContainer() {
        final PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:15-alpine");
        container.start();
        return container.getJdbcUrl() + (container.getJdbcUrl().contains("?") ? "&" : "?")
               + "user=" + container.getUsername() + "&password=" + container.getPassword();
    }
}
