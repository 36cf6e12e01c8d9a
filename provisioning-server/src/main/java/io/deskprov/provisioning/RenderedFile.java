package io.deskprov.provisioning;

import static java.util.Objects.requireNonNull;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file rendered for one device. The bytes are not copied: the caller hands them over.
 *
 * @param etag a strong entity tag, quoted, that changes whenever the bytes do
 */
public record RenderedFile(String name, String contentType, byte[] bytes, String etag) {

    public RenderedFile {
        requireNonNull(name, "name");
        requireNonNull(contentType, "contentType");
        requireNonNull(bytes, "bytes");
        requireNonNull(etag, "etag");
        if (etag.length() < 2 || etag.charAt(0) != '"' || etag.charAt(etag.length() - 1) != '"') {
            throw new IllegalArgumentException("etag: " + etag + " (expected: a quoted strong tag)");
        }
    }

    /** A file whose entity tag is the SHA-256 of its bytes (first 128 bits, hex). */
    public static RenderedFile of(String name, String contentType, byte[] bytes) {
        return new RenderedFile(name, contentType, bytes, '"' + sha256(bytes) + '"');
    }

    private static String sha256(byte[] bytes) {
        try {
            final byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        // Config files hold SIP secrets; only their shape may reach a log.
        return "RenderedFile[name=" + name + ", contentType=" + contentType + ", bytes=" + bytes.length
               + ", etag=" + etag + ']';
    }
}
