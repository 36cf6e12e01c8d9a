/**
 * The catalog of supported phone models, read from a YAML data file.
 *
 * <p>Entry point: {@link io.deskprov.templates.catalog.ModelCatalog}.
 */
@NullMarked
package io.deskprov.templates.catalog;

import org.jspecify.annotations.NullMarked;
