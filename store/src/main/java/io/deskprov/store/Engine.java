package io.deskprov.store;

import java.util.Locale;

/**
 * The database engines deskprov runs on. The SQL both accept lives in one place; what differs
 * is chosen by engine here and in the per-engine migration folders.
 */
public enum Engine {
    /** Embedded H2 in PostgreSQL mode: the zero-set-up default for one node. */
    H2("h2", "jdbc:h2:"),
    /** PostgreSQL: production, and the only engine several nodes can share. */
    POSTGRESQL("postgresql", "jdbc:postgresql:");

    private final String migrationFolder;
    private final String urlPrefix;

    Engine(String migrationFolder, String urlPrefix) {
        this.migrationFolder = migrationFolder;
        this.urlPrefix = urlPrefix;
    }

    /**
     * Tells the engine from a JDBC URL.
     *
     * @throws IllegalArgumentException if the URL is for neither engine
     */
    public static Engine ofUrl(String jdbcUrl) {
        final String lower = jdbcUrl.toLowerCase(Locale.ROOT);
        for (Engine engine : values()) {
            if (lower.startsWith(engine.urlPrefix)) {
                return engine;
            }
        }
        throw new IllegalArgumentException(
                "database URL must start with jdbc:h2: or jdbc:postgresql: (got " + redact(jdbcUrl) + ')');
    }

    /** The classpath folder with the migrations only this engine runs. */
    String migrationLocation() {
        return "classpath:db/migration/" + migrationFolder;
    }

    /** Cuts a URL before its parameters, which may carry a password. */
    static String redact(String jdbcUrl) {
        final int cut = indexOfAny(jdbcUrl, '?', ';');
        return cut < 0 ? jdbcUrl : jdbcUrl.substring(0, cut) + "...";
    }

    private static int indexOfAny(String text, char first, char second) {
        final int a = text.indexOf(first);
        final int b = text.indexOf(second);
        if (a < 0) {
            return b;
        }
        return b < 0 ? a : Math.min(a, b);
    }
}
