package io.deskprov.store;

import java.sql.SQLException;

/** Work done inside one transaction; see {@link Database#transaction(TransactionWork)}. */
@FunctionalInterface
public interface TransactionWork<T> {
    T run(Tx tx) throws SQLException;
}
