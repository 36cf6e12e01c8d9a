/**
 * The {@code deskprov} command line. Entry point: {@link io.deskprov.app.cli.Main}.
 */
@NullMarked
package io.deskprov.app.cli;

import org.jspecify.annotations.NullMarked;
