package io.deskprov.app.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Every configuration key deskprov knows. {@code deskprov.example.properties} at the root of the
 * repository documents each one; a test keeps the two in step.
 */
public final class Keys {
    /** Where deskprov keeps its own files: the embedded database, keys, certificates, uploads. */
    public static final Key<Path> DATA_DIR = new Key<>(
            "data.dir", Parsers.path(), "./data",
            "Directory for the embedded database, the secret key, certificates and uploads.", false);

    public static final Key<String> DATABASE_URL = new Key<>(
            "database.url", Parsers.text(), "",
            "JDBC URL. Empty: embedded H2 under data.dir. For PostgreSQL: jdbc:postgresql://HOST:5432/DB.", false);
    public static final Key<String> DATABASE_USERNAME = new Key<>(
            "database.username", Parsers.text(), "", "Database user; empty for none.", false);
    public static final Key<String> DATABASE_PASSWORD = new Key<>(
            "database.password", Parsers.text(), "", "Database password; empty for none.", true);
    public static final Key<Integer> DATABASE_POOL_MAX_SIZE = new Key<>(
            "database.pool.max-size", Parsers.integer(1, 500), "10",
            "Most database connections this node holds.", false);
    public static final Key<Duration> DATABASE_CONNECTION_TIMEOUT = new Key<>(
            "database.connection-timeout", Parsers.duration(), "5s",
            "How long a request waits for a free database connection before it fails.", false);

    public static final Key<Path> SECRETS_KEY_FILE = new Key<>(
            "secrets.key-file", Parsers.path(), "",
            "File with the key that seals SIP and provisioning passwords in the database. Empty:"
            + " data.dir/secret.key, made on first start. Nodes sharing a database need the same file.", false);

    public static final Key<Boolean> MANAGEMENT_ENABLED = new Key<>(
            "management.enabled", Parsers.bool(), "true",
            "Whether to serve /healthz, /readyz and /metrics.", false);
    public static final Key<String> MANAGEMENT_HOST = new Key<>(
            "management.host", Parsers.text(), "127.0.0.1",
            "Address the management endpoint listens on.", false);
    public static final Key<Integer> MANAGEMENT_PORT = new Key<>(
            "management.port", Parsers.port(), "8091",
            "Port of the management endpoint; 0 picks a free one.", false);

    public static final Key<Duration> SHUTDOWN_GRACE_PERIOD = new Key<>(
            "shutdown.grace-period", Parsers.duration(), "10s",
            "How long a stopping node lets in-flight work finish.", false);

    /** Every key, in the order the example file lists them. */
    public static final List<Key<?>> ALL = List.of(
            DATA_DIR, DATABASE_URL, DATABASE_USERNAME, DATABASE_PASSWORD, DATABASE_POOL_MAX_SIZE,
            DATABASE_CONNECTION_TIMEOUT, SECRETS_KEY_FILE, MANAGEMENT_ENABLED, MANAGEMENT_HOST, MANAGEMENT_PORT,
            SHUTDOWN_GRACE_PERIOD);

    private Keys() {
    }
}
