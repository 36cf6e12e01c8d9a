package io.deskprov.registrar;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.deskprov.store.Store;
import io.deskprov.store.Tx;
import io.deskprov.store.changes.Change;
import io.deskprov.store.device.Device;
import io.deskprov.store.device.Vendor;
import io.deskprov.store.registration.PhoneAgent;
import io.deskprov.store.registration.RegistrationBinding;
import io.deskprov.store.sip.SipAccount;
import io.deskprov.store.workplace.Workplace;

/**
 * Tells phones to fetch their configuration again when it changed. Changes from the feed are
 * collected and sent together after the check-sync delay, so a burst of edits makes one NOTIFY
 * per contact. Contacts are read from the store, with this node's unwritten ones over them, so a
 * phone that registered before a restart or on another node is told as well.
 *
 * <p>Every node sharing the database hears every change, but only the holder of the
 * {@link CheckSyncLease} sends, so that a phone hears of a change once. The others keep what they
 * heard for a lease lifetime and then forget it: a node taking over from a holder that died
 * sends what it kept, so a change the old holder had no time for is still told, and one it had
 * may be told twice.
 */
final class CheckSync {
    private static final Logger logger = LoggerFactory.getLogger(CheckSync.class);

    private final Store store;
    private final BindingView view;
    private final NotifySender sender;
    private final CheckSyncAudit audit;
    private final boolean platformWide;
    private final Clock clock;
    private final CheckSyncLease lease;
    /** Changes heard and not yet told, with when each was last heard. */
    private final Map<Change, Instant> pending = new LinkedHashMap<>();

    CheckSync(Store store, BindingView view, NotifySender sender, CheckSyncAudit audit,
              boolean platformWide, Clock clock, CheckSyncLease lease) {
        this.store = store;
        this.view = view;
        this.sender = sender;
        this.audit = audit;
        this.platformWide = platformWide;
        this.clock = clock;
        this.lease = lease;
    }

    /** Called by the change feed; quick, as the feed asks. */
    synchronized void changed(Change change) {
        pending.put(change, clock.instant());
    }

    /** Sends the NOTIFYs for the changes collected since the last call, if this node holds the lease. */
    void flush() {
        final List<Change> changes = take(lease.hold());
        if (changes.isEmpty()) {
            return;
        }
        final Set<NotifySender.Target> targets = new LinkedHashSet<>();
        store.inTransaction(tx -> {
            for (Change change : changes) {
                targets.addAll(targets(tx, change));
            }
        });
        logger.debug("{} changes make {} check-sync NOTIFYs", changes.size(), targets.size());
        targets.forEach(sender::send);
    }

    /** Stops sending, so that another node takes the lease at once. */
    void stop() {
        lease.release();
    }

    /**
     * The changes to tell now: all of them when this node sends; otherwise none, and those heard
     * longer than a lease lifetime ago are forgotten, as the holder has had time for them.
     */
    private synchronized List<Change> take(boolean sending) {
        if (!sending) {
            final Instant horizon = clock.instant().minus(lease.lifetime());
            pending.values().removeIf(heard -> heard.isBefore(horizon));
            return List.of();
        }
        final List<Change> changes = new ArrayList<>(pending.keySet());
        pending.clear();
        return changes;
    }

    /** Asks the device's phone, wherever it is registered, to check its configuration now. */
    int now(long deviceId, boolean reboot) {
        final Device device = store.transaction(tx -> store.devices().find(tx, deviceId)).orElseThrow(
                () -> new IllegalArgumentException("deviceId: " + deviceId + " (expected: a known device)"));
        final List<NotifySender.Target> targets = store.transaction(tx -> deviceTargets(tx, device, reboot));

        if (targets.isEmpty()) {
            // Nothing is sent, so no NOTIFY outcome will record the request.
            audit.record(device.companyId(), deviceId, "no registered contact to tell");
        }
        targets.forEach(sender::send);
        return targets.size();
    }

    private List<NotifySender.Target> targets(Tx tx, Change change) throws SQLException {
        final List<NotifySender.Target> targets = new ArrayList<>();
        switch (change.scope()) {
            case DEVICE -> {
                final Optional<Device> device = store.devices().find(tx, change.id());
                if (device.isPresent()) {
                    targets.addAll(deviceTargets(tx, device.get(), false));
                }
            }
            case WORKPLACE -> targets.addAll(workplaceTargets(tx, change.id()));
            case GROUP -> {
                for (Workplace workplace : store.workplaces().listForGroup(tx, change.id())) {
                    targets.addAll(workplaceTargets(tx, workplace.id()));
                }
            }
            case COMPANY -> {
                for (Workplace workplace : store.workplaces().listForCompany(tx, change.id())) {
                    targets.addAll(workplaceTargets(tx, workplace.id()));
                }
            }
            case PLATFORM -> {
                if (platformWide) {
                    for (RegistrationBinding binding : store.bindings().listActive(tx, clock.instant())) {
                        store.sipAccounts().find(tx, binding.sipAccountId()).ifPresent(
                                a -> targets.add(target(a, binding, null, false)));
                    }
                }
            }
            default -> throw new IllegalStateException("scope: " + change.scope());
        }
        return targets;
    }

    private List<NotifySender.Target> workplaceTargets(Tx tx, long workplaceId) throws SQLException {
        final List<NotifySender.Target> targets = new ArrayList<>();
        final List<Device> devices = store.devices().listForWorkplace(tx, workplaceId);
        for (SipAccount account : store.sipAccounts().listForWorkplace(tx, workplaceId)) {
            for (RegistrationBinding binding : activeBindings(tx, account.id())) {
                targets.add(target(account, binding, deviceOf(binding, devices), false));
            }
        }
        return targets;
    }

    /** The first of the devices the binding's User-Agent does not rule out, or null. */
    private static @Nullable Device deviceOf(RegistrationBinding binding, List<Device> devices) {
        for (Device device : devices) {
            if (!PhoneAgent.namesOtherPhone(binding.userAgent(), device.mac())) {
                return device;
            }
        }
        return null;
    }

    /**
     * The contacts of the device's accounts that belong to this device: those whose User-Agent
     * carries its MAC, or all of them when the User-Agent has no MAC to tell phones apart.
     */
    private List<NotifySender.Target> deviceTargets(Tx tx, Device device, boolean reboot)
            throws SQLException {
        final List<NotifySender.Target> targets = new ArrayList<>();
        if (device.workplaceId() == null) {
            return targets;
        }
        for (SipAccount account : store.sipAccounts().listForWorkplace(tx, device.workplaceId())) {
            for (RegistrationBinding binding : activeBindings(tx, account.id())) {
                if (!PhoneAgent.namesOtherPhone(binding.userAgent(), device.mac())) {
                    targets.add(target(account, binding, device, reboot));
                }
            }
        }
        return targets;
    }

    /**
     * The account's unexpired bindings as the store has them, so that contacts registered on
     * another node, or on this one before it restarted, are told as well; over them, the ones this
     * node holds, which may not be written yet.
     */
    private Collection<RegistrationBinding> activeBindings(Tx tx, long accountId) throws SQLException {
        final Instant now = clock.instant();
        final Map<String, RegistrationBinding> byContact = new LinkedHashMap<>();
        for (RegistrationBinding binding : store.bindings().listForAccount(tx, accountId)) {
            byContact.put(binding.contactUri(), binding);
        }
        final AccountBindings held = view.held(accountId);
        if (held != null) {
            synchronized (held) {
                held.snapshot().forEach(byContact::put);
            }
        }
        byContact.values().removeIf(binding -> binding.isExpiredAt(now));
        return byContact.values();
    }

    private static NotifySender.Target target(SipAccount account, RegistrationBinding binding,
                                              @Nullable Device device, boolean reboot) {
        final PhoneAgent agent = PhoneAgent.parse(binding.userAgent());
        final boolean polycom = device != null && device.vendor() == Vendor.POLYCOM
                                || agent != null && agent.vendor().equals("Polycom");
        return new NotifySender.Target(account.id(), account.aor(), binding,
                                       CheckSyncEvent.of(polycom, reboot), device == null ? null : device.id(),
                                       device == null ? null : device.companyId());
    }
}
