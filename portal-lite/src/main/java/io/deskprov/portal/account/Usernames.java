package io.deskprov.portal.account;

import java.sql.SQLException;
import java.text.Normalizer;
import java.util.Locale;

import io.deskprov.store.Store;
import io.deskprov.store.Tx;

/** Derives usernames for new accounts: readable, lower case, and unique by a number appended. */
public final class Usernames {
    private Usernames() {
    }

    /** {@code erika.muster}, or {@code erika.muster2} and so on when taken. */
    public static String unique(Store store, Tx tx, String base) throws SQLException {
        final String stem = clean(base);
        String candidate = stem;
        for (int n = 2; store.accounts().findByUsername(tx, candidate).isPresent(); n++) {
            candidate = stem + n;
        }
        return candidate;
    }

    private static String clean(String base) {
        final String ascii = Normalizer.normalize(base.replace("ß", "ss"), Normalizer.Form.NFD)
                                       .replaceAll("\\p{M}", "")
                                       .toLowerCase(Locale.ROOT)
                                       .replaceAll("[^a-z0-9._-]+", ".")
                                       .replaceAll("^[^a-z0-9]+|[^a-z0-9]+$", "");
        final String cut = ascii.length() > 56 ? ascii.substring(0, 56) : ascii;
        return cut.length() < 3 ? "user." + cut : cut;
    }
}
