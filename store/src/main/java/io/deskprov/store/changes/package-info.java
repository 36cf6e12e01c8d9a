/**
 * The change feed: how the modules that cache what phones receive learn that it changed, on
 * this node and on every other node sharing the database. Entry points: {@link
 * io.deskprov.store.changes.ChangeFeed} and {@link io.deskprov.store.changes.ChangeFeed#forDatabase}.
 */
@NullMarked
package io.deskprov.store.changes;

import org.jspecify.annotations.NullMarked;
