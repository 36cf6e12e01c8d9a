package io.deskprov.registrar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.deskprov.store.Store;
import io.deskprov.store.registration.RegistrationBinding;

/**
 * The bindings of the accounts this node serves, each read from the database on first use and
 * again once older than the view lifetime (if nothing of it is waiting to be written), so that a
 * phone that moved to another node is seen here within that lifetime.
 */
final class BindingView {
    private final Store store;
    private final Clock clock;
    private final Duration lifetime;
    private final Map<Long, AccountBindings> accounts = new ConcurrentHashMap<>();

    BindingView(Store store, Clock clock, Duration lifetime) {
        this.store = store;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    AccountBindings of(long accountId) {
        final Instant now = clock.instant();
        final AccountBindings current = accounts.get(accountId);
        if (current != null && (now.isBefore(current.loadedAt().plus(lifetime)) || current.unwritten() > 0)) {
            return current;
        }
        final List<RegistrationBinding> loaded = store.transaction(
                tx -> store.bindings().listForAccount(tx, accountId));
        final AccountBindings fresh = new AccountBindings(accountId, loaded, now);
        // A REGISTER may have changed the old view meanwhile; keep it then, it is newer.
        return accounts.compute(accountId, (id, old) -> old != current ? old : fresh);
    }

    /** Called by the writer once changes of the account are committed. */
    void written(long accountId, int changes) {
        final AccountBindings view = accounts.get(accountId);
        if (view != null) {
            view.written(changes);
        }
    }

    /** The view of the account if this node holds one, without reading the database. */
    AccountBindings held(long accountId) {
        return accounts.get(accountId);
    }

    /** Every unexpired binding this node holds. */
    List<RegistrationBinding> active() {
        final Instant now = clock.instant();
        final List<RegistrationBinding> active = new ArrayList<>();
        for (AccountBindings view : accounts.values()) {
            synchronized (view) {
                active.addAll(view.active(now));
            }
        }
        return active;
    }

    int activeCount() {
        return active().size();
    }

    /** Drops expired bindings from memory, and views left empty with nothing to write. */
    void dropExpired() {
        final Instant now = clock.instant();
        accounts.values().removeIf(view -> {
            synchronized (view) {
                view.dropExpired(now);
                return view.active(now).isEmpty() && view.unwritten() == 0;
            }
        });
    }
}
