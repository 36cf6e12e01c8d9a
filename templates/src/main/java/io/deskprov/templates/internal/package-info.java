/**
 * Implementation of rendering: the defensively configured Velocity engine, the template loader that
 * keeps {@code #parse} inside the template roots, escaping, and the template context built from a
 * render request. Nothing here is API.
 */
@NullMarked
package io.deskprov.templates.internal;

import org.jspecify.annotations.NullMarked;
