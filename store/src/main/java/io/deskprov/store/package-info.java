/**
 * The deskprov data store: schema migrations and JDBC repositories.
 */
@NullMarked
package io.deskprov.store;

import org.jspecify.annotations.NullMarked;
