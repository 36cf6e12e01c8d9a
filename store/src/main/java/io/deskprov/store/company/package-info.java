/**
 * Companies, what they bought (contingents) and their groups/locations. Entry points:
 * {@link io.deskprov.store.company.CompanyRepository} and {@link io.deskprov.store.company.GroupRepository}.
 */
@NullMarked
package io.deskprov.store.company;

import org.jspecify.annotations.NullMarked;
