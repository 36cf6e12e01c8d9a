package io.deskprov.provisioning.internal;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;

/** Replies carrying a device's file, with the validators and conditional answers (RFC 9110 section 13). */
final class FileReplies {
    private FileReplies() {
    }

    /** The rendered file, 304 when the phone's copy is current, 404 when the device has none. */
    static Reply rendered(Exchange exchange, DeviceCache.CachedFile cached) {
        final PreparedFile file = cached.file();
        if (file == null) {
            return Reply.status(HttpResponseStatus.NOT_FOUND);
        }
        return notModified(exchange, file.etag(), file.renderedAt()) ? file.notModified() : file.ok();
    }

    /** A file the device uploaded earlier, read back as it was stored. */
    static Reply uploaded(byte[] bytes, String name) {
        return Reply.bytes(HttpResponseStatus.OK, bytes)
                    .header(HttpHeaderNames.CONTENT_TYPE, contentType(name))
                    .header(HttpHeaderNames.CACHE_CONTROL, "no-store");
    }

    static String contentType(String name) {
        if (name.endsWith(".xml")) {
            return "application/xml";
        }
        return name.endsWith(".cfg") || name.endsWith(".boot") || name.endsWith(".log")
               ? "text/plain; charset=utf-8" : "application/octet-stream";
    }

    /** If-None-Match wins over If-Modified-Since when both are sent (RFC 9110 section 13.1.3). */
    private static boolean notModified(Exchange exchange, String etag, Instant modified) {
        final String ifNoneMatch = exchange.headers.get(HttpHeaderNames.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            for (String tag : ifNoneMatch.split(",")) {
                final String trimmed = tag.trim();
                if (trimmed.equals("*") || trimmed.equals(etag) || trimmed.equals("W/" + etag)) {
                    return true;
                }
            }
            return false;
        }
        final Instant since = httpDate(exchange.headers.get(HttpHeaderNames.IF_MODIFIED_SINCE));
        return since != null && !modified.isAfter(since);
    }

    private static @Nullable Instant httpDate(@Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
