package io.deskprov.store;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.List;

/**
 * An insert that updates the row instead when its key is taken: the one statement whose SQL
 * differs between the engines, so it is built here and nowhere else. Update assignments name the
 * stored row {@code current} and the offered row {@code excluded}, for example
 * {@code "times_seen = current.times_seen + 1"}; both engines read them alike.
 *
 * <p>PostgreSQL gets {@code INSERT ... ON CONFLICT (key) DO UPDATE}, which stays atomic when two
 * nodes insert the same key at once. H2 gets a standard {@code MERGE ... USING}: its shorter
 * {@code MERGE INTO ... KEY(...)} overwrites every listed column, so it could neither keep a
 * first-seen time nor count sightings.
 *
 * @param table the table written
 * @param key the columns of the unique constraint that decides between insert and update
 * @param columns every column inserted, in the order of the statement's parameters
 * @param updates the assignments made when the key is taken
 */
public record Upsert(String table, List<String> key, List<String> columns, List<String> updates) {

    public Upsert {
        requireNonNull(table, "table");
        key = List.copyOf(key);
        columns = List.copyOf(columns);
        updates = List.copyOf(updates);
        if (!columns.containsAll(key)) {
            throw new IllegalArgumentException("key: " + key + " (expected: among the columns " + columns + ')');
        }
        if (updates.isEmpty()) {
            throw new IllegalArgumentException("updates: none (expected: at least one assignment)");
        }
    }

    /** The statement for the engine; it takes one parameter per column, in column order. */
    public String sql(Engine engine) {
        final String names = String.join(", ", columns);
        final String params = String.join(", ", Collections.nCopies(columns.size(), "?"));
        final String assignments = String.join(", ", updates);
        if (engine == Engine.POSTGRESQL) {
            return "INSERT INTO " + table + " AS current (" + names + ") VALUES (" + params + ")"
                   + " ON CONFLICT (" + String.join(", ", key) + ") DO UPDATE SET " + assignments;
        }
        return "MERGE INTO " + table + " AS current USING (VALUES (" + params + ")) AS excluded (" + names + ")"
               + " ON " + keyMatch()
               + " WHEN MATCHED THEN UPDATE SET " + assignments
               + " WHEN NOT MATCHED THEN INSERT (" + names + ") VALUES (" + prefixed("excluded.") + ")";
    }

    private String keyMatch() {
        final StringBuilder match = new StringBuilder();
        for (String column : key) {
            if (match.length() > 0) {
                match.append(" AND ");
            }
            match.append("current.").append(column).append(" = excluded.").append(column);
        }
        return match.toString();
    }

    private String prefixed(String prefix) {
        return String.join(", ", columns.stream().map(column -> prefix + column).toList());
    }
}
