package io.deskprov.store.account;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * One role of an account with its scope: an operator has none, an admin a company, a user a
 * workplace of a company.
 */
public record Role(RoleName role, @Nullable Long companyId, @Nullable Long workplaceId) {

    public Role {
        requireNonNull(role, "role");
        final boolean scopeFits = switch (role) {
            case OPERATOR -> companyId == null && workplaceId == null;
            case ADMIN -> companyId != null && workplaceId == null;
            case USER -> companyId != null && workplaceId != null;
        };
        if (!scopeFits) {
            throw new IllegalArgumentException("scope of " + role + ": company " + companyId + ", workplace "
                    + workplaceId + " (expected: operator none, admin a company, user a company and workplace)");
        }
    }

    public static Role operator() {
        return new Role(RoleName.OPERATOR, null, null);
    }

    public static Role admin(long companyId) {
        return new Role(RoleName.ADMIN, companyId, null);
    }

    public static Role user(long companyId, long workplaceId) {
        return new Role(RoleName.USER, companyId, workplaceId);
    }
}
