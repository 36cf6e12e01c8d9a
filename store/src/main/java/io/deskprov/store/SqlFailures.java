package io.deskprov.store;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Turns driver exceptions into the store's own, naming the broken constraint where it can. */
final class SqlFailures {
    // H2 names the constraint, or an index derived from it, as the first quoted word of its message.
    private static final Pattern H2_CONSTRAINT = Pattern.compile("\"(?:public\\.)?([A-Za-z0-9_]+)");
    private static final Pattern H2_INDEX_SUFFIX = Pattern.compile("_index_[0-9a-f]+$");

    private SqlFailures() {
    }

    static StoreException translate(SQLException e, Engine engine) {
        final String state = e.getSQLState() == null ? "" : e.getSQLState();
        final ConstraintViolationException.Kind kind = kindOf(state);
        if (kind != null) {
            return new ConstraintViolationException(kind, constraintName(e, engine), e);
        }
        if (state.startsWith("08") || e instanceof SQLTransientConnectionException) {
            return new StoreUnavailableException("database unavailable: " + firstLine(e), e);
        }
        return new StoreException("database operation failed (SQL state " + state + ')', e);
    }

    private static ConstraintViolationException.@Nullable Kind kindOf(String state) {
        return switch (state) {
            case "23505" -> ConstraintViolationException.Kind.UNIQUE;
            // PostgreSQL says 23503 for both directions; H2 says 23506 for a missing parent.
            case "23503", "23506" -> ConstraintViolationException.Kind.REFERENCE;
            case "23514", "23513" -> ConstraintViolationException.Kind.CHECK;
            case "23502" -> ConstraintViolationException.Kind.NOT_NULL;
            case "22001" -> ConstraintViolationException.Kind.TOO_LONG;
            default -> null;
        };
    }

    private static String constraintName(SQLException e, Engine engine) {
        if (engine == Engine.POSTGRESQL && e instanceof PSQLException pg) {
            final ServerErrorMessage server = pg.getServerErrorMessage();
            if (server != null && server.getConstraint() != null) {
                return server.getConstraint();
            }
            if (server != null && server.getColumn() != null) {
                return server.getTable() + '.' + server.getColumn();
            }
            return "unknown";
        }
        final Matcher matcher = H2_CONSTRAINT.matcher(String.valueOf(e.getMessage()));
        if (!matcher.find()) {
            return "unknown";
        }
        final String name = matcher.group(1).toLowerCase(Locale.ROOT);
        return H2_INDEX_SUFFIX.matcher(name).replaceFirst("");
    }

    private static String firstLine(SQLException e) {
        final String message = String.valueOf(e.getMessage());
        final int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
