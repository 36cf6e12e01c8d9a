package io.deskprov.portal.workplace;

import java.sql.SQLException;
import java.util.Optional;

import io.deskprov.portal.http.ApiException;
import io.deskprov.store.Store;
import io.deskprov.store.Tx;
import io.deskprov.store.account.Account;
import io.deskprov.store.account.RoleName;
import io.deskprov.store.workplace.Workplace;

/** Looks up a workplace of the admin's company and the account of its user. */
public final class CompanyWorkplaces {
    private CompanyWorkplaces() {
    }

    /**
     * The workplace, if it belongs to the company.
     *
     * @throws ApiException 404 for a workplace of another company or none at all
     */
    public static Workplace require(Store store, Tx tx, long companyId, long workplaceId) throws SQLException {
        return store.workplaces().find(tx, workplaceId)
                    .filter(w -> w.companyId() == companyId)
                    .orElseThrow(() -> ApiException.notFound("workplace " + workplaceId));
    }

    /** The refusal of moving a workplace into another group. */
    static ApiException groupFixed(long groupId) {
        return ApiException.conflict("WORKPLACE_GROUP_FIXED", "a workplace never changes group; delete it and"
                                     + " order a new one in group " + groupId);
    }

    /** The account that holds the user role of the workplace, if any still does. */
    static Optional<Account> user(Store store, Tx tx, Workplace workplace) throws SQLException {
        return store.accounts().listForCompany(tx, workplace.companyId()).stream()
                    .filter(a -> a.roles().stream().anyMatch(
                            r -> r.role() == RoleName.USER && Long.valueOf(workplace.id()).equals(r.workplaceId())))
                    .findFirst();
    }
}
