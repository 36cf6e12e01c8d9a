package io.deskprov.app.logging;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

import org.jspecify.annotations.Nullable;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;

/**
 * Writes events to standard error in blocks of whole lines instead of a system call per line,
 * for loggers with a line per request such as the access log. A block is written when the next
 * line would not fit, and at the latest {@code flushIntervalMillis} after its first line;
 * stopping the appender writes what is left. logback's console appender cannot do this: it writes through
 * {@code System.err}, which flushes every write.
 *
 * <p>Blocks are at most {@value #BLOCK_SIZE} bytes, the size Linux writes to a pipe at once
 * (PIPE_BUF), so lines that other appenders write to the same standard error fall between
 * blocks, never inside one. A single longer line is written on its own.
 */
public final class BufferedStderrAppender extends OutputStreamAppender<ILoggingEvent> {
    static final int BLOCK_SIZE = 4096;

    private Duration flushInterval = Duration.ofMillis(100);
    private OutputStream target = new FileOutputStream(FileDescriptor.err);
    private volatile @Nullable Thread flusher;

    /** How long a line may wait for its block, in milliseconds; 100 unless set. */
    public void setFlushIntervalMillis(long millis) {
        if (millis <= 0) {
            throw new IllegalArgumentException(
                    "flushIntervalMillis: " + millis + " (expected: at least 1)");
        }
        this.flushInterval = Duration.ofMillis(millis);
    }

    /** Where the blocks go instead of standard error; for tests. */
    void setTarget(OutputStream target) {
        this.target = target;
    }

    @Override
    public void start() {
        setOutputStream(new BufferedOutputStream(new KeepOpen(target), BLOCK_SIZE));
        setImmediateFlush(false);
        super.start();
        final Thread thread = new Thread(this::flushPeriodically,
                                         "deskprov-log-flush-" + getName());
        thread.setDaemon(true);
        flusher = thread;
        thread.start();
    }

    @Override
    public void stop() {
        final Thread thread = flusher;
        flusher = null;
        if (thread != null) {
            LockSupport.unpark(thread);
        }
        flush();
        super.stop();
    }

    private void flushPeriodically() {
        final long pause = flushInterval.toNanos();
        while (flusher == Thread.currentThread()) {
            LockSupport.parkNanos(pause);
            flush();
        }
    }

    private void flush() {
        streamWriteLock.lock();
        try {
            final OutputStream stream = getOutputStream();
            if (stream != null) {
                stream.flush();
            }
        } catch (IOException e) {
            addError("cannot write buffered log lines to standard error", e);
        } finally {
            streamWriteLock.unlock();
        }
    }

    /** Closing the appender must not close standard error, which the process still uses. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
