/**
 * Typed provisioning parameters, inherited from platform defaults down to the single device.
 *
 * <p>Entry point: {@link io.deskprov.templates.params.ParameterResolver#resolve(java.util.List)},
 * which validates a list of {@link io.deskprov.templates.params.ParameterLayer}s and returns the
 * {@link io.deskprov.templates.params.EffectiveParameters} with an explanation of where each value came from.
 */
@NullMarked
package io.deskprov.templates.params;

import org.jspecify.annotations.NullMarked;
