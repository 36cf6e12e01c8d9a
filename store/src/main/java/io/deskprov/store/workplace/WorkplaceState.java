package io.deskprov.store.workplace;

/** Where a workplace stands between order and deletion. */
public enum WorkplaceState {
    /** Bought, waiting for its activation date; its phones get nothing yet. */
    ORDERED,
    /** In service. */
    ACTIVE,
    /** Ended; kept for invoices and history. */
    DELETED
}
