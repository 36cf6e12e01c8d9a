package io.deskprov.store.certificate;

import static java.util.Objects.requireNonNull;

import java.math.BigInteger;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.deskprov.store.ColumnText;
import io.deskprov.store.Tx;

/** Revoked certificates of our CA. Every method runs in the caller's transaction. */
public final class RevocationRepository {
    private static final int REASON_LENGTH = 200;

    private final Clock clock;

    public RevocationRepository(Clock clock) {
        this.clock = requireNonNull(clock, "clock");
    }

    /**
     * Revokes the certificate from now on; revoking it again keeps the first time and reason.
     *
     * @return whether this call revoked it
     */
    public boolean revoke(Tx tx, BigInteger serialNumber, String reason) throws SQLException {
        return revoke(tx, serialNumber, clock.instant(), reason);
    }

    /** Like {@link #revoke(Tx, BigInteger, String)}, as of the given time. */
    public boolean revoke(Tx tx, BigInteger serialNumber, Instant revokedAt, String reason) throws SQLException {
        requireNonNull(serialNumber, "serialNumber");
        requireNonNull(revokedAt, "revokedAt");
        requireNonNull(reason, "reason");
        final String serial = RevokedSerial.hex(serialNumber);
        return tx.update("INSERT INTO revoked_certificate (serial, revoked_at, reason) SELECT ?, ?, ?"
                         + " WHERE NOT EXISTS (SELECT 1 FROM revoked_certificate WHERE serial = ?)",
                         serial, revokedAt, ColumnText.fit(reason, REASON_LENGTH), serial) == 1;
    }

    /** Every revoked certificate, oldest first. */
    public List<RevokedSerial> list(Tx tx) throws SQLException {
        return tx.query("SELECT serial, revoked_at, reason FROM revoked_certificate ORDER BY revoked_at, serial",
                        rs -> new RevokedSerial(rs.getString("serial"), Tx.requiredInstant(rs, "revoked_at"),
                                                rs.getString("reason")));
    }

    public boolean isRevoked(Tx tx, BigInteger serialNumber) throws SQLException {
        return tx.queryOne("SELECT 1 FROM revoked_certificate WHERE serial = ?", rs -> true,
                           RevokedSerial.hex(serialNumber)).isPresent();
    }
}
