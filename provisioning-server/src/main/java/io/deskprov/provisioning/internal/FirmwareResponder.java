package io.deskprov.provisioning.internal;

import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.netty.handler.codec.http.HttpChunkedInput;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.stream.ChunkedNioFile;

/**
 * Streams firmware images with {@link ChunkedNioFile}: read in chunks into pooled buffers, never
 * whole into the heap (zero-copy file regions cannot pass through TLS). A single byte range is
 * honoured with 206; an unsatisfiable one gets 416; several ranges get the whole file, which
 * RFC 9110 section 14.2 allows. Firmware is the vendors' public image, so it is served without
 * login, but only the image the catalog names for the asking phone's model ({@link ModelFirmware}).
 */
final class FirmwareResponder {
    private static final Logger logger = LoggerFactory.getLogger(FirmwareResponder.class);
    private static final Pattern SINGLE_RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");
    private static final int CHUNK = 64 * 1024;

    private final FirmwareFiles files;
    private final ModelFirmware models;
    private final Workers workers;

    FirmwareResponder(FirmwareFiles files, ModelFirmware models, Workers workers) {
        this.files = files;
        this.models = models;
        this.workers = workers;
    }

    void respond(Exchange exchange) {
        workers.submit(exchange, () -> reply(exchange));
    }

    private Reply reply(Exchange exchange) throws IOException {
        // Decided before the folder is looked at, so a name that is not this phone's image gets
        // the answer of a missing file, in the same time, whether the folder holds it or not.
        if (!models.allows(exchange.agent(), exchange.fileName())) {
            logger.debug("{}: firmware {} is not the catalog's image for {}", exchange.remoteAddress(),
                         exchange.fileName(), exchange.agent().map(PhoneAgent::model).orElse("an unknown client"));
            return Reply.status(HttpResponseStatus.NOT_FOUND);
        }
        final Optional<FirmwareFiles.Image> found = files.open(exchange.fileName());
        if (found.isEmpty()) {
            return Reply.status(HttpResponseStatus.NOT_FOUND);
        }
        final FirmwareFiles.Image image = found.get();
        final long length = image.length();
        final long[] range = range(exchange.headers.get(HttpHeaderNames.RANGE), length);
        if (range != null && range.length == 0) {
            image.handle().close();
            return Reply.status(HttpResponseStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
                        .header(HttpHeaderNames.CONTENT_RANGE, "bytes */" + length);
        }
        final long start = range == null ? 0 : range[0];
        final long count = range == null ? length : range[1] - range[0] + 1;
        final ChunkedNioFile chunks = new ChunkedNioFile(image.handle().getChannel(), start, count, CHUNK);
        final Reply reply = Reply.stream(range == null ? HttpResponseStatus.OK : HttpResponseStatus.PARTIAL_CONTENT,
                                         new HttpChunkedInput(chunks), count)
                                 .header(HttpHeaderNames.CONTENT_TYPE, "application/octet-stream")
                                 .header(HttpHeaderNames.ACCEPT_RANGES, "bytes")
                                 .header(HttpHeaderNames.LAST_MODIFIED, DateTimeFormatter.RFC_1123_DATE_TIME
                                         .format(image.lastModified().atZone(ZoneOffset.UTC)));
        if (range != null) {
            reply.header(HttpHeaderNames.CONTENT_RANGE, "bytes " + start + '-' + range[1] + '/' + length);
        }
        return reply;
    }

    /**
     * The first and last byte asked for; null to send the whole file; an empty array when the
     * range cannot be satisfied.
     */
    static long @Nullable [] range(@Nullable String header, long length) {
        if (header == null) {
            return null;
        }
        final Matcher matcher = SINGLE_RANGE.matcher(header.trim());
        if (!matcher.matches() || matcher.group(1).isEmpty() && matcher.group(2).isEmpty()) {
            return null;
        }
        try {
            if (matcher.group(1).isEmpty()) {
                final long suffix = Long.parseLong(matcher.group(2));
                return suffix == 0 || length == 0 ? new long[0]
                                                  : new long[] {Math.max(0, length - suffix), length - 1};
            }
            final long first = Long.parseLong(matcher.group(1));
            final long last = matcher.group(2).isEmpty() ? length - 1
                                                         : Math.min(Long.parseLong(matcher.group(2)), length - 1);
            return first >= length || last < first ? new long[0] : new long[] {first, last};
        } catch (NumberFormatException e) {
            return new long[0];
        }
    }
}
