package io.deskprov.store.account;

/** Whether an account may log in. */
public enum AccountState {
    /** Created, waiting for its owner to set a password. */
    PENDING,
    ACTIVE,
    /** Switched off by an admin or operator. */
    DISABLED
}
