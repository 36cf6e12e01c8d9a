package io.deskprov.store.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import io.deskprov.store.ColumnText;
import io.deskprov.store.Tx;

/** The audit trail. Entries are only ever added. Every method runs in the caller's transaction. */
public final class AuditLogRepository {
    private static final int MAX_DETAILS = 4000;

    /**
     * Adds an entry, in the transaction of the change it records so that both or neither are
     * kept. Details too long for their column are cut.
     */
    public void append(Tx tx, AuditEntry entry) throws SQLException {
        tx.update("INSERT INTO audit_log (occurred_at, actor, company_id, action, target_kind, target_id, details,"
                  + " source_address) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                  entry.at(), entry.actor(), entry.companyId(), entry.action(), entry.targetKind(), entry.targetId(),
                  ColumnText.fit(entry.details(), MAX_DETAILS), entry.sourceAddress());
    }

    /** The company's latest entries, newest first, at most {@code limit}. */
    public List<AuditEntry> listForCompany(Tx tx, long companyId, int limit) throws SQLException {
        if (limit < 1) {
            throw new IllegalArgumentException("limit: " + limit + " (expected: >= 1)");
        }
        return tx.query("SELECT occurred_at, actor, company_id, action, target_kind, target_id, details,"
                        + " source_address FROM audit_log WHERE company_id = ?"
                        + " ORDER BY occurred_at DESC, id DESC LIMIT ?",
                        AuditLogRepository::entry, companyId, limit);
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getString("actor"), Tx.nullableLong(rs, "company_id"), rs.getString("action"),
                              rs.getString("target_kind"), rs.getString("target_id"), rs.getString("details"),
                              rs.getString("source_address"), Tx.requiredInstant(rs, "occurred_at"));
    }
}
