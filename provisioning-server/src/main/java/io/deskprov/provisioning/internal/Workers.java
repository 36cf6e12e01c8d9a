package io.deskprov.provisioning.internal;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.deskprov.store.StoreUnavailableException;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;

/**
 * The bounded pool that does everything that may block (database, rendering, files), so that
 * event loops never wait. When every worker is busy and the queue is full, the request gets 503
 * with Retry-After at once rather than waiting without bound. Results go back to the channel's
 * event loop through the {@link ReplyWriter}.
 */
final class Workers {
    private static final Logger logger = LoggerFactory.getLogger(Workers.class);
    private static final int RETRY_AFTER_SECONDS = 5;

    private final ThreadPoolExecutor pool;
    private final ReplyWriter writer;
    private final ServerMetrics metrics;

    Workers(int threads, int queue, ReplyWriter writer, ServerMetrics metrics) {
        final AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue),
                                           task -> {
                                               final Thread thread = new Thread(task, "deskprov-provisioning-worker-"
                                                                                      + count.incrementAndGet());
                                               thread.setDaemon(true);
                                               return thread;
                                           });
        this.writer = writer;
        this.metrics = metrics;
    }

    /** Work that yields the reply to a request; it may block. */
    @FunctionalInterface
    interface Task {
        Reply run() throws Exception;
    }

    /** Runs the task on a worker and writes its reply, or answers 503 if no worker can take it. */
    void submit(Exchange exchange, Task task) {
        try {
            pool.execute(() -> writer.write(exchange, run(exchange, task)));
        } catch (RejectedExecutionException e) {
            metrics.rejectedWork();
            writer.write(exchange, unavailable());
        }
    }

    private static Reply run(Exchange exchange, Task task) {
        try {
            return task.run();
        } catch (StoreUnavailableException e) {
            logger.warn("{}: database unavailable while answering for {}: {}", exchange.remoteAddress(),
                        exchange.fileName(), e.getMessage());
            return unavailable();
        } catch (Exception e) {
            logger.warn("{}: failed to answer for {}", exchange.remoteAddress(), exchange.fileName(), e);
            return Reply.status(HttpResponseStatus.INTERNAL_SERVER_ERROR);
        }
    }

    private static Reply unavailable() {
        return Reply.status(HttpResponseStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaderNames.RETRY_AFTER, RETRY_AFTER_SECONDS);
    }

    /** Stops taking work and waits for the running tasks at most {@code grace}. */
    void shutdown(Duration grace) {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(Math.max(1, grace.toMillis()), TimeUnit.MILLISECONDS)) {
                logger.warn("Workers still busy after {}, interrupting {} tasks", grace, pool.getActiveCount());
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pool.shutdownNow();
        }
    }

    /** Runs a housekeeping job, such as checking the key files, if a worker is free. */
    void background(Runnable job) {
        try {
            pool.execute(job);
        } catch (RejectedExecutionException e) {
            logger.debug("Skipped a background job: every worker is busy");
        }
    }
}
