package io.deskprov.portal.auth;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.deskprov.portal.http.ApiException;
import io.deskprov.store.account.Role;
import io.deskprov.store.account.RoleName;
import io.deskprov.store.audit.AuditEntry;

/**
 * The account behind a request and the role it acts in.
 *
 * @param sessionHash the session's id hash, null for a caller with an API token
 * @param mustSetPassword whether the account logged in with a temporary password and must choose one
 */
public record Caller(long accountId, String username, RoleName activeRole, List<Role> roles,
                     @Nullable String sessionHash, boolean mustSetPassword, String sourceAddress) {

    public Caller {
        roles = List.copyOf(roles);
    }

    public boolean viaSession() {
        return sessionHash != null;
    }

    public String requiredSession() {
        if (sessionHash == null) {
            throw ApiException.badRequest("SESSION_REQUIRED", "this needs a login session, not an API token");
        }
        return sessionHash;
    }

    /** The company the caller acts for; an operator acts for none. */
    public long companyId() {
        final Role role = activeRoleScope();
        if (role.companyId() == null) {
            throw ApiException.forbidden("ROLE_FORBIDDEN", "the role " + activeRole + " acts for no company");
        }
        return role.companyId();
    }

    /** The workplace of a caller acting as its user. */
    public long workplaceId() {
        final Role role = activeRoleScope();
        if (role.workplaceId() == null) {
            throw ApiException.forbidden("ROLE_FORBIDDEN", "the role " + activeRole + " has no workplace");
        }
        return role.workplaceId();
    }

    /** An audit entry for something this caller did now. */
    public AuditEntry audit(@Nullable Long companyId, String action, String targetKind, @Nullable Object targetId,
                            @Nullable String details, Instant now) {
        return new AuditEntry(username, companyId, action, targetKind,
                              targetId == null ? null : String.valueOf(targetId), details, sourceAddress, now);
    }

    private Role activeRoleScope() {
        return roles.stream()
                    .filter(r -> r.role() == activeRole)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("active role " + activeRole + " not held"));
    }
}
