package io.deskprov.store;

import java.sql.SQLException;

/** Work done inside one transaction that returns nothing; see {@link Database#inTransaction}. */
@FunctionalInterface
public interface TransactionAction {
    void run(Tx tx) throws SQLException;
}
