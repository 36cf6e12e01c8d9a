/**
 * The launcher: command line, configuration and the wiring of every module into one process.
 */
@NullMarked
package io.deskprov.app;

import org.jspecify.annotations.NullMarked;
