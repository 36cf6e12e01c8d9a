package io.deskprov.store.device;

import static java.util.Objects.requireNonNull;

import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import io.deskprov.store.SecretBox;
import io.deskprov.store.Tx;
import io.deskprov.store.certificate.RevocationRepository;
import io.deskprov.store.changes.Change;
import io.deskprov.store.changes.ChangeFeed;

/**
 * Desk phones. Every change that alters what a phone receives is published on the change feed.
 * Every method runs in the caller's transaction.
 */
public final class DeviceRepository {
    private static final String SELECT = "SELECT id, mac, vendor, model, company_id, workplace_id,"
                                         + " provisioning_username, client_cert_serial, created_at, updated_at"
                                         + " FROM device";

    private final Clock clock;
    private final SecretBox secrets;
    private final ChangeFeed changes;
    private final RevocationRepository revocations;

    public DeviceRepository(Clock clock, SecretBox secrets, ChangeFeed changes, RevocationRepository revocations) {
        this.revocations = requireNonNull(revocations, "revocations");
        this.clock = requireNonNull(clock, "clock");
        this.secrets = requireNonNull(secrets, "secrets");
        this.changes = requireNonNull(changes, "changes");
    }

    /** Adds a phone; a MAC or provisioning username already known is refused by the schema. */
    public Device create(Tx tx, NewDevice device) throws SQLException {
        requireNonNull(device, "device");
        final long id = tx.insert(
                "INSERT INTO device (mac, vendor, model, company_id, workplace_id, provisioning_username,"
                + " provisioning_secret, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                device.mac().value(), device.vendor(), device.model(), device.companyId(), device.workplaceId(),
                device.provisioningUsername(), secrets.seal(device.provisioningSecret()),
                clock.instant(), clock.instant());
        changes.publish(tx, Change.device(id));
        return find(tx, id).orElseThrow();
    }

    public Optional<Device> find(Tx tx, long id) throws SQLException {
        return tx.queryOne(SELECT + " WHERE id = ?", DeviceRepository::device, id);
    }

    public Optional<Device> findByMac(Tx tx, MacAddress mac) throws SQLException {
        return tx.queryOne(SELECT + " WHERE mac = ?", DeviceRepository::device, mac.value());
    }

    public List<Device> listForCompany(Tx tx, long companyId) throws SQLException {
        return tx.query(SELECT + " WHERE company_id = ? ORDER BY mac", DeviceRepository::device, companyId);
    }

    public List<Device> listForWorkplace(Tx tx, long workplaceId) throws SQLException {
        return tx.query(SELECT + " WHERE workplace_id = ? ORDER BY mac", DeviceRepository::device, workplaceId);
    }

    /** The provisioning password in clear, for checking a phone's login or showing it to its user. */
    public Optional<String> provisioningSecret(Tx tx, long deviceId) throws SQLException {
        return tx.queryOne("SELECT provisioning_secret FROM device WHERE id = ?", rs -> rs.getString(1), deviceId)
                 .map(secrets::open);
    }

    /**
     * Assigns the phone to a workplace of its company, or unassigns it with null. A workplace of
     * another company is refused by the schema.
     *
     * @return whether the device exists
     */
    public boolean assign(Tx tx, long deviceId, @Nullable Long workplaceId) throws SQLException {
        if (workplaceId == null) {
            // A phone taken off its workplace must not keep proving it belongs there.
            revokeClientCertificate(tx, deviceId, "device unassigned");
        }
        return touch(tx, deviceId, "UPDATE device SET workplace_id = ?, updated_at = ? WHERE id = ?",
                     workplaceId, clock.instant(), deviceId);
    }

    /** Replaces the provisioning password, for instance after a leak; returns whether the device exists. */
    public boolean changeProvisioningSecret(Tx tx, long deviceId, String secret) throws SQLException {
        requireNonNull(secret, "secret");
        return touch(tx, deviceId, "UPDATE device SET provisioning_secret = ?, updated_at = ? WHERE id = ?",
                     secrets.seal(secret), clock.instant(), deviceId);
    }

    /**
     * Records the serial (lower-case hex) of the client certificate issued to the phone; it is
     * revoked when the phone is unassigned or deleted.
     */
    public boolean setClientCertSerial(Tx tx, long deviceId, @Nullable String serial) throws SQLException {
        return touch(tx, deviceId, "UPDATE device SET client_cert_serial = ?, updated_at = ? WHERE id = ?",
                     serial, clock.instant(), deviceId);
    }

    /** Removes the phone and its device-level parameters; returns whether it existed. */
    public boolean delete(Tx tx, long deviceId) throws SQLException {
        revokeClientCertificate(tx, deviceId, "device deleted");
        tx.update("DELETE FROM parameter_value WHERE level = 'DEVICE' AND scope_id = ?", deviceId);
        return touch(tx, deviceId, "DELETE FROM device WHERE id = ?", deviceId);
    }

    private void revokeClientCertificate(Tx tx, long deviceId, String reason) throws SQLException {
        final Optional<String> serial = tx.queryOne(
                "SELECT client_cert_serial FROM device WHERE id = ? AND client_cert_serial IS NOT NULL",
                rs -> rs.getString(1), deviceId);
        if (serial.isPresent()) {
            revocations.revoke(tx, new BigInteger(serial.get(), 16), reason);
            tx.update("UPDATE device SET client_cert_serial = NULL WHERE id = ?", deviceId);
        }
    }

    private boolean touch(Tx tx, long deviceId, String sql, @Nullable Object... args) throws SQLException {
        return changes.publishIf(tx, tx.update(sql, args) == 1, Change.device(deviceId));
    }

    private static Device device(ResultSet rs) throws SQLException {
        return new Device(rs.getLong("id"), new MacAddress(rs.getString("mac")), Vendor.valueOf(rs.getString("vendor")),
                          rs.getString("model"), rs.getLong("company_id"), Tx.nullableLong(rs, "workplace_id"),
                          rs.getString("provisioning_username"), rs.getString("client_cert_serial"),
                          Tx.requiredInstant(rs, "created_at"), Tx.requiredInstant(rs, "updated_at"));
    }
}
