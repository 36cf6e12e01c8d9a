/**
 * The management endpoint operators and orchestrators poll: {@code /healthz}, {@code /readyz} and
 * Prometheus {@code /metrics}. Entry point: {@link io.deskprov.app.management.ManagementServer}.
 */
@NullMarked
package io.deskprov.app.management;

import org.jspecify.annotations.NullMarked;
