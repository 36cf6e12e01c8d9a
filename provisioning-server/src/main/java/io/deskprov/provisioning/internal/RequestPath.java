package io.deskprov.provisioning.internal;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import io.netty.handler.codec.http.HttpResponseStatus;

/**
 * Turns the request target into the one file name it names, refusing every way of stepping out
 * of the served namespace. Phones only ever ask for a plain file name at the root, or for a
 * firmware image in {@code firmware/}, so anything else is refused rather than interpreted: 400
 * for malformed or hostile targets, 404 for targets that are well formed but name no file we
 * could have.
 */
final class RequestPath {
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final String FIRMWARE_FOLDER = "firmware/";

    private RequestPath() {
    }

    /**
     * The file name of the target, or the status that refuses it.
     *
     * @param target the raw request target as sent, such as {@code /001565aabbcc.cfg?x=1}
     */
    static Result parse(String target) {
        final int query = target.indexOf('?');
        final String raw = query < 0 ? target : target.substring(0, query);
        if (!raw.startsWith("/")) {
            return Result.refused(HttpResponseStatus.BAD_REQUEST);
        }
        if (raw.indexOf('\\') >= 0 || raw.indexOf('\0') >= 0) {
            return Result.refused(HttpResponseStatus.BAD_REQUEST);
        }
        final String decoded = percentDecode(raw.substring(1));
        if (decoded == null) {
            return Result.refused(HttpResponseStatus.BAD_REQUEST);
        }
        // What survives one decoding must be plain: a '%' left means double encoding, and
        // separators or dots that arrived encoded are an attempt to hide them from the check above.
        if (decoded.indexOf('%') >= 0 || decoded.indexOf('\\') >= 0 || hasControl(decoded)) {
            return Result.refused(HttpResponseStatus.BAD_REQUEST);
        }
        if (decoded.equals("..") || decoded.startsWith("../") || decoded.contains("/..")
            || decoded.startsWith("./") || decoded.contains("/./")) {
            return Result.refused(HttpResponseStatus.BAD_REQUEST);
        }
        // The renderer points phones at <provisioning URL>firmware/<image> unless firmware.url says
        // otherwise; that one folder holds firmware images and nothing else.
        if (raw.startsWith('/' + FIRMWARE_FOLDER)) {
            final String image = decoded.substring(FIRMWARE_FOLDER.length());
            return isFirmware(image) ? new Result(image, null) : Result.refused(HttpResponseStatus.NOT_FOUND);
        }
        if (!PLAIN_NAME.matcher(decoded).matches()) {
            return Result.refused(HttpResponseStatus.NOT_FOUND);
        }
        return new Result(decoded, null);
    }

    private static boolean isFirmware(String name) {
        return PLAIN_NAME.matcher(name).matches() && RequestedFile.classify(name).kind() == FileKind.FIRMWARE;
    }

    private static boolean hasControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    /** Decodes %XX escapes as UTF-8; null when an escape is malformed or the bytes are not UTF-8. */
    private static @Nullable String percentDecode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        final byte[] out = new byte[text.length()];
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            if (c != '%') {
                if (c > 0x7f) {
                    return null;
                }
                out[length++] = (byte) c;
                continue;
            }
            if (i + 2 >= text.length()) {
                return null;
            }
            final int high = Character.digit(text.charAt(i + 1), 16);
            final int low = Character.digit(text.charAt(i + 2), 16);
            if (high < 0 || low < 0) {
                return null;
            }
            out[length++] = (byte) (high << 4 | low);
            i += 2;
        }
        final String decoded = new String(out, 0, length, StandardCharsets.UTF_8);
        return decoded.indexOf('\uFFFD') >= 0 ? null : decoded;
    }

    /** A file name, or the status refusing the target when {@code refusal} is set. */
    record Result(String fileName, @Nullable HttpResponseStatus refusal) {
        static Result refused(HttpResponseStatus status) {
            return new Result("", status);
        }

        boolean isRefused() {
            return refusal != null;
        }
    }
}
