/**
 * Workplaces as admins see them: listing, the rule that a workplace never changes group,
 * deletion after the minimum term, and the user's login data. Entry points: {@link
 * io.deskprov.portal.workplace.WorkplaceService}, {@link io.deskprov.portal.workplace.LoginDataService}.
 */
@NullMarked
package io.deskprov.portal.workplace;

import org.jspecify.annotations.NullMarked;
