package io.deskprov.registrar;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.deskprov.store.Store;
import io.deskprov.store.registration.BindingWrite;

/**
 * Writes binding changes to the database in batches, behind the REGISTERs that made them: the
 * registrar answers from its memory and this writer commits every few hundred milliseconds in
 * one transaction. The cost is a short window in which a crash loses the latest refreshes; the
 * phones re-register, and until then the database shows their previous expiry.
 */
final class BindingWriter {
    private static final Logger logger = LoggerFactory.getLogger(BindingWriter.class);

    /** One change to write. */
    sealed interface Change permits Upsert, Remove, RemoveAll, Probe {
        long accountId();
    }

    record Upsert(BindingWrite write) implements Change {
        @Override
        public long accountId() {
            return write.sipAccountId();
        }
    }

    record Remove(long accountId, String contactUri) implements Change {
    }

    record RemoveAll(long accountId) implements Change {
    }

    record Probe(long accountId, String contactUri, boolean reachable, @Nullable Integer roundTripMs, Instant at)
            implements Change {
    }

    /** Told which accounts' changes have been committed. */
    interface Committed {
        void written(long accountId, int changes);
    }

    private final Store store;
    private final Committed committed;
    private final ConcurrentLinkedDeque<Change> queue = new ConcurrentLinkedDeque<>();
    private boolean failing;

    BindingWriter(Store store, Committed committed) {
        this.store = store;
        this.committed = committed;
    }

    void add(Change change) {
        queue.add(change);
    }

    /** Writes what has been collected; runs on one thread at a time. */
    synchronized void flush() {
        final List<Change> batch = new ArrayList<>();
        for (Change change = queue.poll(); change != null; change = queue.poll()) {
            batch.add(change);
        }
        if (batch.isEmpty()) {
            return;
        }
        try {
            write(batch);
        } catch (RuntimeException e) {
            // Put the batch back in order so the next flush retries it.
            for (int i = batch.size() - 1; i >= 0; i--) {
                queue.addFirst(batch.get(i));
            }
            if (!failing) {
                logger.warn("could not write {} binding changes; keeping them to retry", batch.size(), e);
            }
            failing = true;
            return;
        }
        if (failing) {
            logger.info("binding changes are written again");
        }
        failing = false;
        final Map<Long, Integer> perAccount = new LinkedHashMap<>();
        batch.forEach(c -> perAccount.merge(c.accountId(), 1, Integer::sum));
        perAccount.forEach(committed::written);
    }

    private void write(List<Change> batch) {
        // Later changes of a contact replace earlier ones; removing all of an account drops what came before.
        final Set<Long> removeAll = new LinkedHashSet<>();
        final Map<String, Change> last = new LinkedHashMap<>();
        final List<Probe> probes = new ArrayList<>();
        for (Change change : batch) {
            if (change instanceof RemoveAll all) {
                removeAll.add(all.accountId());
                last.keySet().removeIf(key -> key.startsWith(all.accountId() + "\n"));
            } else if (change instanceof Upsert upsert) {
                last.put(key(upsert.accountId(), upsert.write().contactUri()), upsert);
            } else if (change instanceof Remove remove) {
                last.put(key(remove.accountId(), remove.contactUri()), remove);
            } else if (change instanceof Probe probe) {
                probes.add(probe);
            }
        }
        final List<BindingWrite> upserts = new ArrayList<>();
        final List<Remove> removals = new ArrayList<>();
        for (Change change : last.values()) {
            if (change instanceof Upsert upsert) {
                upserts.add(upsert.write());
            } else {
                removals.add((Remove) change);
            }
        }
        store.inTransaction(tx -> {
            for (long accountId : removeAll) {
                store.bindings().removeAll(tx, accountId);
            }
            for (Remove remove : removals) {
                store.bindings().remove(tx, remove.accountId(), remove.contactUri());
            }
            if (!upserts.isEmpty()) {
                store.bindings().upsertAll(tx, upserts);
            }
            for (Probe p : probes) {
                store.bindings().recordProbe(tx, p.accountId(), p.contactUri(), p.reachable(), p.roundTripMs(),
                                             p.at());
            }
        });
    }

    private static String key(long accountId, String contactUri) {
        return accountId + "\n" + contactUri;
    }
}
