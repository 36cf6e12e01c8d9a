/**
 * Certificates our CA revoked, kept in the database so that every node refuses them. Entry
 * point: {@link io.deskprov.store.certificate.RevocationRepository}.
 */
@NullMarked
package io.deskprov.store.certificate;

import org.jspecify.annotations.NullMarked;
