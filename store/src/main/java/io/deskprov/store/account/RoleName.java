package io.deskprov.store.account;

/** What an account may act as. */
public enum RoleName {
    /** Runs the platform; not tied to a company. */
    OPERATOR,
    /** Administers one company. */
    ADMIN,
    /** The employee of one workplace. */
    USER
}
