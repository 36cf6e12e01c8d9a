/**
 * Groups (locations) of a company, each with its address, time zone and language. Entry point:
 * {@link io.deskprov.portal.group.GroupService}.
 */
@NullMarked
package io.deskprov.portal.group;

import org.jspecify.annotations.NullMarked;
