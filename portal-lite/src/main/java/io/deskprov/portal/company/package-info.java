/**
 * Companies: made by an operator with their contingents, their default group and a first admin.
 * Entry point: {@link io.deskprov.portal.company.CompanyService}.
 */
@NullMarked
package io.deskprov.portal.company;

import org.jspecify.annotations.NullMarked;
