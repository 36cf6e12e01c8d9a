/**
 * Renders the provisioning files that Yealink and Polycom desk phones download.
 *
 * <p>Entry points: {@link io.deskprov.templates.ProvisioningRenderer} turns a
 * {@link io.deskprov.templates.DeviceRenderRequest} or a {@link io.deskprov.templates.SiteRenderRequest}
 * into {@link io.deskprov.templates.RenderedFile}s, and {@link io.deskprov.templates.TemplateChecker}
 * reports the mistakes in an operator's template directory.
 */
@NullMarked
package io.deskprov.templates;

import org.jspecify.annotations.NullMarked;
