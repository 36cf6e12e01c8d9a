package io.deskprov.provisioning.testing;

import java.util.Locale;

import io.deskprov.store.Store;
import io.deskprov.store.company.Company;
import io.deskprov.store.testing.StoreFixtures;
import io.deskprov.store.workplace.NewWorkplace;
import io.deskprov.store.workplace.Person;
import io.deskprov.store.workplace.Profile;
import io.deskprov.store.workplace.Workplace;

/**
 * Workplaces in the real store with the people a contact directory lists, each in the company's
 * default group with a unique email address.
 */
public final class StoreWorkplaces {
    private StoreWorkplaces() {
    }

    /** Erika Muster's workplace, in service with a SIP account: where the phone under test sits. */
    public static Workplace phoneDesk(StoreFixtures fixtures, Company company) {
        return phoneDesk(fixtures, company, "Erika", "Muster", "+49301110001");
    }

    /** A workplace in service with a SIP account, so that a phone assigned to it gets its files. */
    public static Workplace phoneDesk(StoreFixtures fixtures, Company company, String first, String last,
                                      String number) {
        final Workplace desk = inService(fixtures, company, first, last, number);
        fixtures.sipAccount(desk);
        return desk;
    }

    /** A workplace in service since the fixtures' clock time. */
    public static Workplace inService(StoreFixtures fixtures, Company company, String first, String last,
                                      String number) {
        final Store store = fixtures.store();
        final NewWorkplace workplace = newWorkplace(fixtures, company, first, last, number);
        return store.transaction(tx -> store.workplaces().createActive(tx, workplace, fixtures.clock().instant()));
    }

    /** A workplace only ordered, not yet in service. */
    public static Workplace ordered(StoreFixtures fixtures, Company company, String first, String last,
                                    String number) {
        final Store store = fixtures.store();
        final NewWorkplace workplace = newWorkplace(fixtures, company, first, last, number);
        return store.transaction(tx -> store.workplaces().create(tx, workplace));
    }

    private static NewWorkplace newWorkplace(StoreFixtures fixtures, Company company, String first, String last,
                                             String number) {
        final String email = first.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + StoreFixtures.unique()
                             + "@example.com";
        return new NewWorkplace(company.id(), fixtures.defaultGroup(company).id(),
                                new Person(first, last, email, number), Profile.STANDARD);
    }
}
