package io.deskprov.app.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import io.deskprov.app.Node;
import io.deskprov.app.logging.Logging;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Runs the node until the process is told to stop. */
@Command(name = "start", mixinStandardHelpOptions = true,
         description = {"Migrates the database and starts every enabled service.",
                        "Stops gracefully on SIGTERM or Ctrl-C, letting in-flight work finish."})
final class StartCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions config;

    @Override
    public Integer call() throws InterruptedException {
        final AtomicReference<Node> running = new AtomicReference<>();
        final CountDownLatch startDone = new CountDownLatch(1);
        final CountDownLatch stopped = new CountDownLatch(1);
        // Registered before the start, so that a SIGTERM during the start waits for it to end
        // and then stops what started, instead of cutting a migration in half.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            awaitQuietly(startDone);
            final Node node = running.get();
            if (node != null) {
                node.close();
            }
            Logging.flushAndStop();
            stopped.countDown();
        }, "deskprov-shutdown"));
        try {
            running.set(Node.start(config.load(), Clock.systemUTC(), System.out));
        } finally {
            startDone.countDown();
        }
        stopped.await();
        return 0;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
