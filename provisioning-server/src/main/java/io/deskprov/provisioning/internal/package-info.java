/**
 * The server's implementation: the per-connection pipeline, the request ladder, authentication,
 * caches and workers. Entry point for the public package: {@link io.deskprov.provisioning.internal.ServerComponents}.
 */
@NullMarked
package io.deskprov.provisioning.internal;

import org.jspecify.annotations.NullMarked;
