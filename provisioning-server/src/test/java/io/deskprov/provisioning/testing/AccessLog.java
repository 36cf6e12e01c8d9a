package io.deskprov.provisioning.testing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/**
 * The lines the server writes to the access log while this is open, for tests that check that
 * every answer is logged once. Tests tell their requests apart by User-Agent.
 */
public final class AccessLog implements AutoCloseable {
    private static final Pattern STATUS = Pattern.compile(" status=(\\d{3}) ");

    private final Logger logger = (Logger) LoggerFactory.getLogger("deskprov.access");
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

    private AccessLog() {
        lines.start();
        logger.addAppender(lines);
    }

    public static AccessLog capture() {
        return new AccessLog();
    }

    /** Waits until at least this many lines were written; lines follow the answers closely. */
    public void awaitLines(int count) {
        await().atMost(Duration.ofSeconds(5)).until(() -> lines().size() >= count);
    }

    /** The status of every line whose User-Agent is exactly {@code userAgent}, in log order. */
    public List<String> statusesFor(String userAgent) {
        return lines().stream()
                      .filter(line -> line.endsWith(" ua=\"" + userAgent + '"'))
                      .map(AccessLog::status)
                      .toList();
    }

    private List<String> lines() {
        synchronized (lines) {
            return lines.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        }
    }

    private static String status(String line) {
        final Matcher matcher = STATUS.matcher(line);
        return matcher.find() ? matcher.group(1) : "none";
    }

    @Override
    public void close() {
        logger.detachAppender(lines);
        lines.stop();
    }
}
