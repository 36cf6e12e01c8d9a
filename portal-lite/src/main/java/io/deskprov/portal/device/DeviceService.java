package io.deskprov.portal.device;

import static java.util.Objects.requireNonNull;

import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.deskprov.portal.auth.Caller;
import io.deskprov.portal.http.ApiException;
import io.deskprov.portal.workplace.CompanyWorkplaces;
import io.deskprov.store.Store;
import io.deskprov.store.Tx;
import io.deskprov.store.device.Device;
import io.deskprov.store.device.MacAddress;
import io.deskprov.store.device.Vendor;
import io.deskprov.store.workplace.WorkplaceState;

/** The desk phones of an admin's company: adding them, assigning them, and asking them to resync. */
public final class DeviceService {
    private final Store store;
    private final Clock clock;
    private final PhoneModels models;
    private final CheckSync checkSync;

    public DeviceService(Store store, Clock clock, PhoneModels models, CheckSync checkSync) {
        this.store = requireNonNull(store, "store");
        this.clock = requireNonNull(clock, "clock");
        this.models = requireNonNull(models, "models");
        this.checkSync = requireNonNull(checkSync, "checkSync");
    }

    List<Device> list(Caller admin) {
        return store.transaction(tx -> store.devices().listForCompany(tx, admin.companyId()));
    }

    /**
     * Adds a phone to the company, onto a workplace when one is named.
     *
     * @throws ApiException 409 {@code MAC_TAKEN} when deskprov knows the MAC, 400 {@code UNKNOWN_MODEL}
     */
    Device add(Caller admin, Vendor vendor, String model, MacAddress mac, @Nullable Long workplaceId) {
        final String canonical = models.canonical(vendor, model);
        return store.transaction(tx -> {
            if (workplaceId != null) {
                requireActiveWorkplace(tx, admin, workplaceId);
            }
            if (store.devices().findByMac(tx, mac).isPresent()) {
                throw ApiException.conflict("MAC_TAKEN", "a desk phone with MAC " + mac + " is already registered");
            }
            final Device made = store.devices().create(tx, NewDevices.of(mac, vendor, canonical, admin.companyId(),
                                                                         workplaceId));
            store.seenDevices().forget(tx, mac);
            store.auditLog().append(tx, admin.audit(admin.companyId(), "device.create", "device", made.id(),
                                                    mac.value(), clock.instant()));
            return made;
        });
    }

    /**
     * Assigns the phone to a workplace of the company, or unassigns it with null, which revokes
     * its client certificate.
     */
    Device assign(Caller admin, long deviceId, @Nullable Long workplaceId) {
        return store.transaction(tx -> {
            final Device device = require(tx, admin, deviceId);
            if (workplaceId != null) {
                requireActiveWorkplace(tx, admin, workplaceId);
            }
            store.devices().assign(tx, deviceId, workplaceId);
            store.auditLog().append(tx, admin.audit(admin.companyId(), workplaceId == null ? "device.unassign"
                                                    : "device.assign", "device", deviceId,
                                                    device.mac() + " to workplace " + workplaceId, clock.instant()));
            return store.devices().find(tx, deviceId).orElseThrow();
        });
    }

    /** Asks the phone to fetch its configuration again or to restart. */
    void requestCheckSync(Caller admin, long deviceId, CheckSync.Action action) {
        final Device device = store.transaction(tx -> require(tx, admin, deviceId));
        checkSync.request(device, action, admin);
    }

    private Device require(Tx tx, Caller admin, long deviceId) throws SQLException {
        return store.devices().find(tx, deviceId)
                    .filter(d -> d.companyId() == admin.companyId())
                    .orElseThrow(() -> ApiException.notFound("device " + deviceId));
    }

    private void requireActiveWorkplace(Tx tx, Caller admin, long workplaceId) throws SQLException {
        if (CompanyWorkplaces.require(store, tx, admin.companyId(), workplaceId).state() == WorkplaceState.DELETED) {
            throw ApiException.conflict("WORKPLACE_DELETED", "workplace " + workplaceId + " is deleted");
        }
    }
}
