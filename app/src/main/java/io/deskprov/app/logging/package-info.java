/**
 * Logging pieces of our own that logback does not have: {@link
 * io.deskprov.app.logging.BufferedStderrAppender}, which the access log writes through, and
 * {@link io.deskprov.app.logging.Logging#flushAndStop()} for the end of the process.
 */
@NullMarked
package io.deskprov.app.logging;

import org.jspecify.annotations.NullMarked;
