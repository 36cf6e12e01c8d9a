package io.deskprov.store.workplace;

import static java.util.Objects.requireNonNull;

/**
 * A workplace as ordered. The group must belong to the company; the schema refuses it otherwise.
 */
public record NewWorkplace(long companyId, long groupId, Person person, Profile profile) {

    public NewWorkplace {
        requireNonNull(person, "person");
        requireNonNull(profile, "profile");
    }
}
