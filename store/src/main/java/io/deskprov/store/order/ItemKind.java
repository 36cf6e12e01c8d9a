package io.deskprov.store.order;

/** What a cart or order line buys. */
public enum ItemKind {
    /** A new workplace; the payload describes its person, group and profile. */
    WORKPLACE,
    /** An add-on package such as a mobile client. */
    ADD_ON
}
