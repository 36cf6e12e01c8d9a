package io.deskprov.portal.order;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import io.deskprov.portal.http.ApiException;
import io.deskprov.store.Store;
import io.deskprov.store.Tx;
import io.deskprov.store.company.Group;

/** Groups as orders need them: of the ordering company, with the day it is in their time zone. */
final class CompanyGroups {
    private CompanyGroups() {
    }

    /**
     * The group, if it belongs to the company.
     *
     * @throws ApiException 404 when there is no such group in the company
     */
    static Group require(Store store, Tx tx, long companyId, long groupId) throws SQLException {
        return store.groups().find(tx, groupId)
                    .filter(g -> g.companyId() == companyId)
                    .orElseThrow(() -> ApiException.notFound("group " + groupId));
    }

    /** The date it is now where the group is. */
    static LocalDate today(Group group, Instant now) {
        return LocalDate.ofInstant(now, ZoneId.of(group.timeZone()));
    }
}
