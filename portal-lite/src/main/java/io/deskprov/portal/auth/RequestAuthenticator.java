package io.deskprov.portal.auth;

import static java.util.Objects.requireNonNull;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import io.deskprov.portal.http.Authenticator;
import io.deskprov.portal.http.Request;
import io.deskprov.store.Store;
import io.deskprov.store.Tx;
import io.deskprov.store.account.Account;
import io.deskprov.store.account.AccountState;
import io.deskprov.store.account.ApiToken;
import io.deskprov.store.account.RoleName;
import io.deskprov.store.session.LoginSession;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.cookie.Cookie;
import io.netty.handler.codec.http.cookie.ServerCookieDecoder;

/** Resolves callers by API token ({@code Authorization: Bearer}) or by session cookie, in that order. */
public final class RequestAuthenticator implements Authenticator {
    public static final String SESSION_COOKIE = "deskprov_session";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String BEARER = "Bearer ";

    private final Store store;
    private final Clock clock;
    private final SessionLifetime lifetime;

    public RequestAuthenticator(Store store, Clock clock, SessionLifetime lifetime) {
        this.store = requireNonNull(store, "store");
        this.clock = requireNonNull(clock, "clock");
        this.lifetime = requireNonNull(lifetime, "lifetime");
    }

    @Override
    public Optional<Caller> authenticate(Request request) {
        final String authorization = request.header(HttpHeaderNames.AUTHORIZATION.toString());
        if (authorization != null && authorization.startsWith(BEARER)) {
            final String token = authorization.substring(BEARER.length()).trim();
            return store.transaction(tx -> byToken(tx, token, request.remoteAddress()));
        }
        final String cookie = sessionCookie(request);
        if (cookie == null) {
            return Optional.empty();
        }
        return store.transaction(tx -> bySession(tx, Secrets.sha256(cookie), request.remoteAddress()));
    }

    @Override
    public boolean hasValidCsrfToken(Caller caller, Request request) {
        final String token = request.header(CSRF_HEADER);
        final String session = caller.sessionHash();
        if (token == null || session == null) {
            return false;
        }
        return store.transaction(tx -> store.sessions().find(tx, session))
                    .map(s -> Secrets.sameHash(s.csrfHash(), Secrets.sha256(token)))
                    .orElse(false);
    }

    private Optional<Caller> byToken(Tx tx, String token, String address) throws SQLException {
        final Optional<ApiToken> found = store.apiTokens().findActiveByHash(tx, Secrets.sha256(token));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        final Optional<Account> account = usable(tx, found.get().accountId());
        if (account.isEmpty() || account.get().state() != AccountState.ACTIVE) {
            return Optional.empty();
        }
        store.apiTokens().touch(tx, found.get().id());
        final Account a = account.get();
        return Optional.of(new Caller(a.id(), a.username(), SessionService.defaultRole(a.roles()), a.roles(), null,
                                      false, address));
    }

    private Optional<Caller> bySession(Tx tx, String idHash, String address) throws SQLException {
        final Optional<LoginSession> found = store.sessions().find(tx, idHash);
        final Instant now = clock.instant();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        // A session stored with a later expiry than the lifetime allows now ends at the lifetime.
        final Instant expiry = lifetime.expiry(found.get().createdAt(), now);
        if (found.get().isExpiredAt(now) || !expiry.isAfter(now)) {
            store.sessions().delete(tx, idHash);
            return Optional.empty();
        }
        final Optional<Account> account = usable(tx, found.get().accountId());
        if (account.isEmpty()) {
            return Optional.empty();
        }
        store.sessions().touch(tx, idHash, expiry);
        final Account a = account.get();
        // A role taken away meanwhile, such as a deleted workplace's, falls back to the widest left.
        final RoleName role = a.roles().stream().anyMatch(r -> r.role() == found.get().activeRole())
                              ? found.get().activeRole() : SessionService.defaultRole(a.roles());
        return Optional.of(new Caller(a.id(), a.username(), role, a.roles(), idHash,
                                      a.state() == AccountState.PENDING, address));
    }

    private Optional<Account> usable(Tx tx, long accountId) throws SQLException {
        return store.accounts().find(tx, accountId)
                    .filter(a -> a.state() != AccountState.DISABLED && !a.roles().isEmpty());
    }

    private static @Nullable String sessionCookie(Request request) {
        final String header = request.header(HttpHeaderNames.COOKIE.toString());
        if (header == null) {
            return null;
        }
        for (Cookie cookie : ServerCookieDecoder.STRICT.decode(header)) {
            if (SESSION_COOKIE.equals(cookie.name())) {
                return cookie.value();
            }
        }
        return null;
    }
}
