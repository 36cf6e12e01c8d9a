/**
 * Leases by which one node of several sharing the database does a job alone. Entry point:
 * {@link io.deskprov.store.lease.LeaseRepository}.
 */
@NullMarked
package io.deskprov.store.lease;

import org.jspecify.annotations.NullMarked;
