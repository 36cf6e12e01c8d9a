package io.deskprov.store.order;

/** Where an order stands. PLACED and SCHEDULED orders wait to be claimed on their activation date. */
public enum OrderStatus {
    PLACED,
    /** Put back to wait for another attempt after a failed one. */
    SCHEDULED,
    /** Claimed by a node that is carrying it out now. */
    RUNNING,
    EXECUTED,
    /** Gave up; an operator must look at it. */
    FAILED,
    CANCELLED
}
