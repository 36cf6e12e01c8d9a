package io.deskprov.registrar;

import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import gov.nist.core.StackLogger;

/**
 * Routes the NIST stack's own logging to SLF4J (the stack would otherwise look for log4j). The
 * stack creates it by name, so it is public with a no-argument constructor; it is not API.
 * Message traces stay at trace level, since they hold digest material.
 *
 * <p>The stack asks whether logging is enabled dozens of times per message, so the answer is read
 * from SLF4J when the stack starts and kept: a level set for {@code io.deskprov.registrar.stack}
 * later takes effect at the registrar's next start.
 */
public final class Slf4jStackLogger implements StackLogger {
    private static final Logger logger = LoggerFactory.getLogger("io.deskprov.registrar.stack");

    private final boolean debug = logger.isDebugEnabled();
    private final boolean trace = logger.isTraceEnabled();

    @Override
    public void logStackTrace() {
    }

    @Override
    public void logStackTrace(int traceLevel) {
    }

    @Override
    public int getLineCount() {
        return 0;
    }

    @Override
    public void logException(Throwable ex) {
        logger.debug("stack exception", ex);
    }

    @Override
    public void logDebug(String message) {
        logger.trace("{}", message);
    }

    @Override
    public void logDebug(String message, Exception ex) {
        logger.trace("{}", message, ex);
    }

    @Override
    public void logTrace(String message) {
        logger.trace("{}", message);
    }

    @Override
    public void logFatalError(String message) {
        logger.error("{}", message);
    }

    @Override
    public void logError(String message) {
        // The stack calls malformed input from the network an error; it is only worth a debug line.
        logger.debug("{}", message);
    }

    @Override
    public boolean isLoggingEnabled() {
        return debug;
    }

    @Override
    public boolean isLoggingEnabled(int logLevel) {
        if (logLevel <= TRACE_FATAL) {
            return true;
        }
        return logLevel <= TRACE_INFO ? debug : trace;
    }

    @Override
    public void logError(String message, Exception ex) {
        logger.debug("{}", message, ex);
    }

    @Override
    public void logWarning(String message) {
        logger.debug("{}", message);
    }

    @Override
    public void logInfo(String message) {
        logger.debug("{}", message);
    }

    @Override
    public void disableLogging() {
    }

    @Override
    public void enableLogging() {
    }

    @Override
    public void setBuildTimeStamp(String buildTimeStamp) {
    }

    @Override
    public void setStackProperties(Properties stackProperties) {
    }

    @Override
    public String getLoggerName() {
        return logger.getName();
    }
}
