/**
 * The HTTPS server phones provision from. Entry points: {@link io.deskprov.provisioning.ProvisioningServer}
 * started with {@link io.deskprov.provisioning.ProvisioningServerSettings}, a
 * {@link io.deskprov.provisioning.ServerTls} and a {@link io.deskprov.provisioning.ProvisioningBackend}.
 */
@NullMarked
package io.deskprov.provisioning;

import org.jspecify.annotations.NullMarked;
