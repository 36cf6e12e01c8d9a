package io.deskprov.portal.auth;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.List;

import io.deskprov.portal.http.ApiException;
import io.deskprov.store.Store;
import io.deskprov.store.account.ApiToken;

/** API tokens for automation: made and revoked by their account's owner, shown once. */
public final class TokenService {
    private final Store store;
    private final Clock clock;

    public TokenService(Store store, Clock clock) {
        this.store = requireNonNull(store, "store");
        this.clock = requireNonNull(clock, "clock");
    }

    /** Makes a token; its value is returned here and never again. */
    public NewToken create(Caller caller, String name) {
        final String token = Secrets.token();
        final ApiToken made = store.transaction(tx -> {
            final ApiToken created = store.apiTokens().create(tx, caller.accountId(), name, Secrets.sha256(token));
            store.auditLog().append(tx, caller.audit(null, "token.create", "api_token", created.id(), name,
                                                     clock.instant()));
            return created;
        });
        return new NewToken(made, token);
    }

    public List<ApiToken> list(Caller caller) {
        return store.transaction(tx -> store.apiTokens().listForAccount(tx, caller.accountId()));
    }

    /** Revokes one of the caller's own tokens. */
    public void revoke(Caller caller, long tokenId) {
        store.inTransaction(tx -> {
            final boolean own = store.apiTokens().listForAccount(tx, caller.accountId()).stream()
                                     .anyMatch(t -> t.id() == tokenId && !t.isRevoked());
            if (!own) {
                throw ApiException.notFound("token " + tokenId);
            }
            store.apiTokens().revoke(tx, tokenId);
            store.auditLog().append(tx, caller.audit(null, "token.revoke", "api_token", tokenId, null,
                                                     clock.instant()));
        });
    }

    /** A token just made, with its value. */
    public record NewToken(ApiToken token, String value) {
        @Override
        public String toString() {
            return "NewToken[token=" + token + ']';
        }
    }
}
