/** Test servers, PKI and clients for the provisioning server's tests. */
@NullMarked
package io.deskprov.provisioning.testing;

import org.jspecify.annotations.NullMarked;
