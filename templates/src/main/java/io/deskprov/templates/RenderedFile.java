package io.deskprov.templates;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;

/**
 * One file as a phone downloads it. Rendering is byte-stable: the same input gives the same bytes,
 * so {@link #etag()} changes only when the content does.
 *
 * @param name the file name the phone requests, for example {@code 805ec0123456.cfg}
 * @param contentType the HTTP content type
 * @param bytes the content; the record keeps its own copy
 */
public record RenderedFile(String name, String contentType, byte[] bytes) {

    public RenderedFile {
        requireNonNull(name, "name");
        requireNonNull(contentType, "contentType");
        bytes = requireNonNull(bytes, "bytes").clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Returns the content decoded as UTF-8. */
    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * Returns a strong HTTP entity tag: the quoted hex SHA-256 of the bytes.
     */
    public String etag() {
        try {
            final byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return '"' + HexFormat.of().formatHex(digest) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof RenderedFile file && name.equals(file.name) && contentType.equals(file.contentType)
               && Arrays.equals(bytes, file.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * name.hashCode() + contentType.hashCode()) + Arrays.hashCode(bytes);
    }

    // The bytes may hold SIP passwords: never print them.
    @Override
    public String toString() {
        return "RenderedFile[" + name + ", " + contentType + ", " + bytes.length + " bytes]";
    }
}
