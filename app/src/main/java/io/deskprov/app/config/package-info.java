/**
 * The one configuration of a deskprov process: a properties file, overridden by environment
 * variables, overridden by command-line flags, checked as a whole before anything starts.
 * Entry points: {@link io.deskprov.app.config.Configuration#load} and {@link io.deskprov.app.config.Keys}.
 */
@NullMarked
package io.deskprov.app.config;

import org.jspecify.annotations.NullMarked;
