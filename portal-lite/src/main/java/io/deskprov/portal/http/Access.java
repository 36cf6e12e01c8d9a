package io.deskprov.portal.http;

import java.util.Set;

import io.deskprov.store.account.RoleName;

/**
 * Who may call a route.
 *
 * @param authenticated whether a session or token is needed at all
 * @param roles the active roles allowed; empty means any signed-in caller
 * @param beforePasswordSet whether a caller who must still set a password may call it
 */
public record Access(boolean authenticated, Set<RoleName> roles, boolean beforePasswordSet) {

    public static final Access PUBLIC = new Access(false, Set.of(), true);
    /** Any signed-in caller, even one that must still choose a password. */
    public static final Access SIGNED_IN = new Access(true, Set.of(), true);
    /** Any signed-in caller with a password of their own, whatever the role. */
    public static final Access ANY_ROLE = new Access(true, Set.of(), false);
    public static final Access OPERATOR = role(RoleName.OPERATOR);
    public static final Access ADMIN = role(RoleName.ADMIN);
    public static final Access USER = role(RoleName.USER);

    public Access {
        roles = Set.copyOf(roles);
    }

    private static Access role(RoleName role) {
        return new Access(true, Set.of(role), false);
    }
}
