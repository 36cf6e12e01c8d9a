package io.deskprov.app.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.deskprov.certs.KeyType;
import io.deskprov.portal.mail.MailSettings;

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

    public static final Key<List<String>> TLS_NAMES = new Key<>(
            "tls.names", Parsers.list(), "",
            "Host names and IP addresses, comma-separated, that the server certificate of our own CA"
            + " covers; phones must reach deskprov by one of them. Empty: localhost, 127.0.0.1, ::1 and"
            + " this machine's host name.", false);
    public static final Key<Path> TLS_CERTIFICATE_FILE = new Key<>(
            "tls.certificate-file", Parsers.path(), "",
            "PEM certificate chain from another CA (e.g. a public one), server certificate first."
            + " Set together with tls.key-file; deskprov then makes no certificate of its own.", false);
    public static final Key<Path> TLS_KEY_FILE = new Key<>(
            "tls.key-file", Parsers.path(), "",
            "PEM private key of tls.certificate-file: unencrypted, or encrypted (PKCS#8 ENCRYPTED PRIVATE KEY,"
            + " or OpenSSL's older Proc-Type: 4,ENCRYPTED form) with tls.key-passphrase.", false);
    public static final Key<String> TLS_KEY_PASSPHRASE = new Key<>(
            "tls.key-passphrase", Parsers.text(), "",
            "Passphrase of an encrypted tls.key-file; best given as the environment variable. Empty: the key"
            + " is not encrypted.", true);
    public static final Key<Duration> TLS_RELOAD_INTERVAL = new Key<>(
            "tls.reload-interval", Parsers.duration(), "30s",
            "How often certificate and key files are checked for changes, which apply without a restart.",
            false);

    public static final Key<KeyType> PKI_KEY_TYPE = new Key<>(
            "pki.key-type", Parsers.oneOf(KeyType.class), "ec_p256",
            "Key type of certificates our CA makes: ec_p256, rsa_2048 or rsa_3072 (for RSA-only firmware).",
            false);
    public static final Key<Duration> PKI_SERVER_VALIDITY = new Key<>(
            "pki.server-validity", Parsers.duration(), "397d",
            "Validity of server certificates our CA issues; renewed 30 days before they end.", false);
    public static final Key<Duration> PKI_DEVICE_VALIDITY = new Key<>(
            "pki.device-validity", Parsers.duration(), "1826d",
            "Validity of device client certificates our CA issues.", false);
    public static final Key<Path> PKI_CA_PKCS12_FILE = new Key<>(
            "pki.ca-pkcs12-file", Parsers.path(), "",
            "PKCS#12 file holding our CA, protected by pki.ca-passphrase. Empty: the CA lives as"
            + " owner-only PEM files under data.dir/pki.", false);
    public static final Key<String> PKI_CA_PASSPHRASE = new Key<>(
            "pki.ca-passphrase", Parsers.text(), "",
            "Passphrase of pki.ca-pkcs12-file; best given as the environment variable.", true);
    public static final Key<URI> PKI_CRL_URL = new Key<>(
            "pki.crl-url", Parsers.httpUrl(), "",
            "URL that certificates of our CA name as their CRL distribution point, so that any verifier"
            + " can fetch the revocation list; the management endpoint serves it at /crl (DER), so"
            + " http://<host phones and verifiers reach>:<management.port>/crl with management.host"
            + " listening there. The server certificate is issued anew when this changes; device certificates"
            + " carry it from their next issue. Empty: none named.", false);

    public static final Key<Path> TEMPLATES_DIR = new Key<>(
            "templates.dir", Parsers.path(), "",
            "Directory of operator templates (<vendor>/<name>.vm) that replace the bundled ones file by file."
            + " Empty: the bundled templates only.", false);
    public static final Key<Path> TEMPLATES_CATALOG_FILE = new Key<>(
            "templates.catalog-file", Parsers.path(), "",
            "Model catalog (YAML) to use instead of the bundled one, for models deskprov does not list yet.",
            false);

    public static final Key<Boolean> PROVISIONING_ENABLED = new Key<>(
            "provisioning.enabled", Parsers.bool(), "true",
            "Whether to run the HTTPS server phones fetch their files from.", false);
    public static final Key<String> PROVISIONING_HOST = new Key<>(
            "provisioning.host", Parsers.text(), "0.0.0.0", "Address the provisioning server listens on.", false);
    public static final Key<Integer> PROVISIONING_HTTPS_PORT = new Key<>(
            "provisioning.https-port", Parsers.port(), "8443", "HTTPS port for phones; 0 picks a free one.", false);
    public static final Key<Boolean> PROVISIONING_HTTP_ENABLED = new Key<>(
            "provisioning.http-enabled", Parsers.bool(), "false",
            "Whether phones may also fetch over plain HTTP, for legacy bootstrap; Basic logins are refused there.",
            false);
    public static final Key<Integer> PROVISIONING_HTTP_PORT = new Key<>(
            "provisioning.http-port", Parsers.port(), "8080", "Plain-HTTP port, when enabled.", false);
    public static final Key<String> PROVISIONING_URL = new Key<>(
            "provisioning.url", Parsers.text(), "",
            "Base URL phones are given and that boot files name. Empty: https://<first of tls.names>:<https-port>/.",
            false);
    public static final Key<Path> PROVISIONING_FIRMWARE_DIR = new Key<>(
            "provisioning.firmware-dir", Parsers.path(), "",
            "Directory of firmware files served to phones, at / and /firmware/; a phone gets only the image"
            + " the model catalog names for the model in its User-Agent, or a build a firmware.file parameter"
            + " pins. Empty: data.dir/firmware.", false);
    public static final Key<Integer> PROVISIONING_MAX_CONNECTIONS = new Key<>(
            "provisioning.max-connections", Parsers.integer(1, 1_000_000), "20000",
            "Most open phone connections; more are refused.", false);
    public static final Key<Duration> PROVISIONING_IDLE_TIMEOUT = new Key<>(
            "provisioning.idle-timeout", Parsers.duration(), "60s", "Idle keep-alive connections close after this.",
            false);
    public static final Key<Duration> PROVISIONING_READ_TIMEOUT = new Key<>(
            "provisioning.read-timeout", Parsers.duration(), "15s",
            "A request must arrive whole within this, so slow clients cannot hold connections.", false);
    public static final Key<Integer> PROVISIONING_FAILURE_THRESHOLD = new Key<>(
            "provisioning.failure-threshold", Parsers.integer(1, 100000), "10",
            "Failed logins from one address within a minute before it is throttled (429).", false);
    public static final Key<Duration> PROVISIONING_THROTTLE_DURATION = new Key<>(
            "provisioning.throttle-duration", Parsers.duration(), "5m", "How long a throttled address waits.",
            false);

    public static final Key<Boolean> SIP_ENABLED = new Key<>(
            "sip.enabled", Parsers.bool(), "true", "Whether to run the SIP registrar.", false);
    public static final Key<String> SIP_BIND_ADDRESS = new Key<>(
            "sip.bind-address", Parsers.text(), "0.0.0.0",
            "Address the registrar listens on; phones must reach it there.", false);
    public static final Key<Integer> SIP_UDP_PORT = new Key<>(
            "sip.udp-port", Parsers.integer(1, 65535), "5060", "SIP over UDP.", false);
    public static final Key<Integer> SIP_TCP_PORT = new Key<>(
            "sip.tcp-port", Parsers.integer(1, 65535), "5060", "SIP over TCP.", false);
    public static final Key<Integer> SIP_TLS_PORT = new Key<>(
            "sip.tls-port", Parsers.integer(1, 65535), "5061",
            "SIP over TLS, with the server certificate of the TLS settings.", false);
    public static final Key<Integer> SIP_MAX_CONNECTIONS = new Key<>(
            "sip.max-connections", Parsers.integer(1, 1_000_000), "10000",
            "Most SIP connections open at once over TCP, and as many over TLS; each holds a thread.", false);
    public static final Key<Integer> SIP_MAX_CONTACTS = new Key<>(
            "sip.max-contacts-per-aor", Parsers.integer(1, 100), "5",
            "Most registered contacts per SIP account.", false);
    public static final Key<Duration> SIP_MIN_EXPIRES = new Key<>(
            "sip.min-expires", Parsers.duration(), "60s",
            "Shortest registration accepted; shorter ones are answered 423 with this value.", false);
    public static final Key<Duration> SIP_MAX_EXPIRES = new Key<>(
            "sip.max-expires", Parsers.duration(), "1h", "Longest registration granted.", false);
    public static final Key<Duration> SIP_PROBE_INTERVAL = new Key<>(
            "sip.probe-interval", Parsers.duration(), "1m",
            "How often each registered contact is sent OPTIONS to see whether it is reachable.", false);
    public static final Key<Integer> SIP_AUTH_FAILURE_THRESHOLD = new Key<>(
            "sip.auth-failure-threshold", Parsers.integer(1, 100000), "20",
            "Failed authentications from one address within a minute before it is ignored.", false);
    public static final Key<Duration> SIP_BLOCK_DURATION = new Key<>(
            "sip.block-duration", Parsers.duration(), "10m",
            "How long an address past the failure threshold is ignored.", false);

    public static final Key<Boolean> PORTAL_ENABLED = new Key<>(
            "portal.enabled", Parsers.bool(), "true", "Whether to run the portal's JSON API.", false);
    public static final Key<String> PORTAL_HOST = new Key<>(
            "portal.host", Parsers.text(), "0.0.0.0", "Address the portal listens on.", false);
    public static final Key<Integer> PORTAL_PORT = new Key<>(
            "portal.port", Parsers.port(), "9443", "HTTPS port of the portal; 0 picks a free one.", false);
    public static final Key<String> PORTAL_BASE_URL = new Key<>(
            "portal.base-url", Parsers.text(), "",
            "URL of the portal that mails link to. Empty: https://<first of tls.names>:<portal.port>/.", false);
    public static final Key<String> PORTAL_SIP_DOMAIN = new Key<>(
            "portal.sip-domain", Parsers.text(), "",
            "Domain of the SIP accounts new workplaces get. Empty: the first of tls.names.", false);
    public static final Key<Duration> PORTAL_SESSION_IDLE_TIMEOUT = new Key<>(
            "portal.session-idle-timeout", Parsers.duration(), "30m",
            "A login session ends after this long without a request.", false);
    public static final Key<Duration> PORTAL_SESSION_MAX_LIFETIME = new Key<>(
            "portal.session-max-lifetime", Parsers.duration(), "12h",
            "A login session ends this long after login, however active it is.", false);

    public static final Key<String> MAIL_SMTP_HOST = new Key<>(
            "mail.smtp-host", Parsers.text(), "",
            "SMTP server for the portal's mails. Empty: each mail is written as an .eml file under data.dir/mail.",
            false);
    public static final Key<Integer> MAIL_SMTP_PORT = new Key<>(
            "mail.smtp-port", Parsers.integer(1, 65535), "587", "Port of the SMTP server.", false);
    public static final Key<MailSettings.Security> MAIL_SMTP_SECURITY = new Key<>(
            "mail.smtp-security", Parsers.oneOf(MailSettings.Security.class), "starttls",
            "plain, starttls (must succeed) or tls (from the first byte).", false);
    public static final Key<String> MAIL_SMTP_USERNAME = new Key<>(
            "mail.smtp-username", Parsers.text(), "", "SMTP login; empty for none.", false);
    public static final Key<String> MAIL_SMTP_PASSWORD = new Key<>(
            "mail.smtp-password", Parsers.text(), "", "SMTP password; best given as the environment variable.",
            true);
    public static final Key<String> MAIL_FROM = new Key<>(
            "mail.from", Parsers.text(), "deskprov@localhost", "Sender address of the portal's mails.", false);

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
            DATABASE_CONNECTION_TIMEOUT, SECRETS_KEY_FILE, TLS_NAMES, TLS_CERTIFICATE_FILE, TLS_KEY_FILE,
            TLS_KEY_PASSPHRASE, TLS_RELOAD_INTERVAL, PKI_KEY_TYPE, PKI_SERVER_VALIDITY, PKI_DEVICE_VALIDITY,
            PKI_CA_PKCS12_FILE, PKI_CA_PASSPHRASE, PKI_CRL_URL, TEMPLATES_DIR, TEMPLATES_CATALOG_FILE,
            PROVISIONING_ENABLED, PROVISIONING_HOST, PROVISIONING_HTTPS_PORT, PROVISIONING_HTTP_ENABLED,
            PROVISIONING_HTTP_PORT, PROVISIONING_URL, PROVISIONING_FIRMWARE_DIR, PROVISIONING_MAX_CONNECTIONS,
            PROVISIONING_IDLE_TIMEOUT, PROVISIONING_READ_TIMEOUT, PROVISIONING_FAILURE_THRESHOLD,
            PROVISIONING_THROTTLE_DURATION, SIP_ENABLED, SIP_BIND_ADDRESS, SIP_UDP_PORT, SIP_TCP_PORT,
            SIP_TLS_PORT, SIP_MAX_CONNECTIONS, SIP_MAX_CONTACTS, SIP_MIN_EXPIRES, SIP_MAX_EXPIRES,
            SIP_PROBE_INTERVAL, SIP_AUTH_FAILURE_THRESHOLD, SIP_BLOCK_DURATION, PORTAL_ENABLED, PORTAL_HOST,
            PORTAL_PORT, PORTAL_BASE_URL, PORTAL_SIP_DOMAIN, PORTAL_SESSION_IDLE_TIMEOUT,
            PORTAL_SESSION_MAX_LIFETIME, MAIL_SMTP_HOST, MAIL_SMTP_PORT,
            MAIL_SMTP_SECURITY, MAIL_SMTP_USERNAME, MAIL_SMTP_PASSWORD, MAIL_FROM, MANAGEMENT_ENABLED,
            MANAGEMENT_HOST, MANAGEMENT_PORT, SHUTDOWN_GRACE_PERIOD);

    /** Keys that only make sense together: set both or neither. */
    static final List<List<Key<?>>> SET_TOGETHER = List.of(
            List.of(TLS_CERTIFICATE_FILE, TLS_KEY_FILE),
            List.of(PKI_CA_PKCS12_FILE, PKI_CA_PASSPHRASE),
            List.of(MAIL_SMTP_USERNAME, MAIL_SMTP_PASSWORD));

    private Keys() {
    }
}
