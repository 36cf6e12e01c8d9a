/**
 * Workplaces: one employee's telephony within a company group, from order to deletion. Entry
 * point: {@link io.deskprov.store.workplace.WorkplaceRepository}.
 */
@NullMarked
package io.deskprov.store.workplace;

import org.jspecify.annotations.NullMarked;
