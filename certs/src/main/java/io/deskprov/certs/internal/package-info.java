/**
 * Implementation helpers of the certs module: PEM and DER files, owner-only writes,
 * fingerprints and certificate extensions. Not an API; other modules must not use it.
 */
@NullMarked
package io.deskprov.certs.internal;

import org.jspecify.annotations.NullMarked;
