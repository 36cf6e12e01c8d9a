package io.deskprov.provisioning.internal;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.deskprov.store.device.MacAddress;

/**
 * The access log: one line per answered request on the logger {@code deskprov.access}. The event
 * loop only queues the facts; a background thread formats and writes the lines a tenth of a
 * second later at most, so that neither formatting nor a slow terminal or disk is paid on the
 * hot path. A line names the device, never its credentials.
 */
final class AccessLog implements AutoCloseable {
    private static final Logger access = LoggerFactory.getLogger("deskprov.access");
    private static final Duration INTERVAL = Duration.ofMillis(100);
    private static final int BATCH = 1024;

    private final BatchDrain<Entry> drain;

    AccessLog(int capacity, ServerMetrics metrics) {
        this.drain = new BatchDrain<>("deskprov-access-log", capacity, BATCH, INTERVAL, AccessLog::write,
                                      metrics::droppedAccessLine);
    }

    /** Queues the line of one answered request; called on the event loop. */
    void add(InetAddress remote, String method, String file, @Nullable MacAddress mac, int status, long bytes,
             long micros, String userAgent) {
        if (access.isInfoEnabled()) {
            drain.add(new Entry(remote, method, file, mac, status, bytes, micros, userAgent));
        }
    }

    private static void write(List<Entry> entries) {
        final StringBuilder line = new StringBuilder(256);
        for (Entry entry : entries) {
            line.setLength(0);
            // Built by hand: a formatter with eight arguments boxes and scans more than the line costs.
            line.append("remote=").append(entry.remote.getHostAddress())
                .append(" method=").append(entry.method)
                .append(" file=").append(entry.file)
                .append(" mac=").append(entry.mac == null ? "-" : entry.mac.value())
                .append(" status=").append(entry.status)
                .append(" bytes=").append(entry.bytes)
                .append(" ms=").append(entry.micros / 1000)
                .append(" ua=\"");
            appendPrintable(line, entry.userAgent);
            access.info(line.append('"').toString());
        }
    }

    /** Appends the header as one safe log token: no quotes, no control characters, at most 200 characters. */
    private static void appendPrintable(StringBuilder out, String value) {
        final int end = Math.min(value.length(), 200);
        for (int i = 0; i < end; i++) {
            final char c = value.charAt(i);
            out.append(c < 0x20 || c == 0x7f || c == '"' ? '_' : c);
        }
    }

    /** Writes the queued lines, waiting at most {@code grace}, then stops. */
    void close(Duration grace) {
        drain.close(grace);
    }

    @Override
    public void close() {
        drain.close();
    }

    private record Entry(InetAddress remote, String method, String file, @Nullable MacAddress mac, int status,
                         long bytes, long micros, String userAgent) {
    }
}
