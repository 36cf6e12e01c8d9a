package io.deskprov.registrar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.deskprov.store.Store;
import io.deskprov.store.sip.SipAccount;

/**
 * The SIP accounts and their digest passwords, read from the store and kept for a short while so
 * that a refreshing phone costs no database query. Any change on the feed empties the cache
 * (changing a password publishes one), and unknown names are remembered too, so a scanner trying
 * names does not reach the database on every request.
 */
final class Credentials {
    /** An account with its password in clear; never logged. */
    record Credential(SipAccount account, String secret) {
        @Override
        public String toString() {
            return "Credential[" + account.aor() + ']';
        }
    }

    private record Entry(Optional<Credential> credential, Instant loadedAt) {
    }

    private static final Duration LIFETIME = Duration.ofSeconds(60);
    private static final int MAX_ENTRIES = 100_000;

    private final Store store;
    private final Clock clock;
    private final Map<String, Entry> byAuth = new ConcurrentHashMap<>();

    Credentials(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    Optional<Credential> byAuth(String domain, String authUsername) {
        final String key = domain.toLowerCase(Locale.ROOT) + '\n' + authUsername;
        final Instant now = clock.instant();
        final Entry cached = byAuth.get(key);
        if (cached != null && now.isBefore(cached.loadedAt().plus(LIFETIME))) {
            return cached.credential();
        }

        final Optional<Credential> loaded = store.transaction(tx -> {
            final Optional<SipAccount> account = store.sipAccounts().findByAuth(tx, domain, authUsername);
            if (account.isEmpty()) {
                return Optional.<Credential>empty();
            }
            return store.sipAccounts().secret(tx, account.get().id())
                        .map(secret -> new Credential(account.get(), secret));
        });
        if (byAuth.size() >= MAX_ENTRIES) {
            byAuth.clear();
        }
        byAuth.put(key, new Entry(loaded, now));
        return loaded;
    }

    /** The account's credential, for answering a challenge to our own NOTIFY. */
    Optional<Credential> ofAccount(long accountId) {
        return store.transaction(tx -> {
            final Optional<SipAccount> account = store.sipAccounts().find(tx, accountId);
            if (account.isEmpty()) {
                return Optional.<Credential>empty();
            }
            return store.sipAccounts().secret(tx, accountId).map(secret -> new Credential(account.get(), secret));
        });
    }

    void forgetAll() {
        byAuth.clear();
    }
}
