package io.deskprov.app.logging;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;

class BufferedStderrAppenderTest {
    // The process's own context, whose MDC the events need; each test logs to a logger of its own.
    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    private final Writes writes = new Writes();
    private final BufferedStderrAppender appender = new BufferedStderrAppender();
    private final Logger logger = context.getLogger("test.buffered." + System.nanoTime());

    @AfterEach
    void stop() {
        logger.detachAppender(appender);
        appender.stop();
    }

    @Test
    void linesLoggedTogetherReachTheStreamInOneWriteSoonAfter() {
        start(200);

        logger.info("first");
        logger.info("second");
        logger.info("third");

        assertThat(writes.blocks()).as("nothing written while the block fills").isEmpty();
        await().atMost(Duration.ofSeconds(5)).until(() -> !writes.blocks().isEmpty());
        assertThat(writes.blocks()).containsExactly("first\nsecond\nthird\n");
    }

    @Test
    void aBlockNeverSplitsALineNorPassesThePipeSize() {
        start(60_000);
        final String line = "x".repeat(99);

        for (int i = 0; i < 100; i++) {
            logger.info(line);
        }

        // 100 lines of 100 bytes: 40 fit a block, so two blocks are out and 20 lines wait.
        assertThat(writes.blocks()).hasSize(2).allSatisfy(block -> {
            assertThat(block.length()).isLessThanOrEqualTo(BufferedStderrAppender.BLOCK_SIZE);
            assertThat(block).endsWith("\n").hasSize(40 * 100);
        });
    }

    @Test
    void stoppingWritesWhatWaits() {
        start(60_000);
        logger.info("last words");

        appender.stop();

        assertThat(writes.blocks()).containsExactly("last words\n");
    }

    private void start(long flushMillis) {
        final PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%msg%n");
        encoder.start();
        appender.setContext(context);
        appender.setName("access");
        appender.setEncoder(encoder);
        appender.setFlushIntervalMillis(flushMillis);
        appender.setTarget(writes);
        appender.start();
        logger.addAppender(appender);
        logger.setAdditive(false);
    }

    /** Keeps each write as the block it was. */
    private static final class Writes extends OutputStream {
        private final List<String> blocks = new CopyOnWriteArrayList<>();

        @Override
        public void write(int b) {
            throw new AssertionError("a single byte written: lines must go out in blocks");
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            final ByteArrayOutputStream copy = new ByteArrayOutputStream();
            copy.write(bytes, offset, length);
            blocks.add(copy.toString(UTF_8));
        }

        List<String> blocks() {
            return blocks;
        }
    }
}
