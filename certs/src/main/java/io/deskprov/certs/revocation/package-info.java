/**
 * Which of our certificates are revoked: the {@link io.deskprov.certs.revocation.RevocationStore}
 * interface and its file implementation {@link io.deskprov.certs.revocation.FileRevocationStore}.
 */
@NullMarked
package io.deskprov.certs.revocation;

import org.jspecify.annotations.NullMarked;
