package io.deskprov.app.logging;

import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.LoggerContext;

/** The process's logging as a whole. */
public final class Logging {
    private Logging() {
    }

    /**
     * Writes what appenders still hold and stops them; the last step of a process that is about
     * to exit, since lines buffered for a block would otherwise be lost with it.
     */
    public static void flushAndStop() {
        final ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (factory instanceof LoggerContext context) {
            context.stop();
        }
    }
}
