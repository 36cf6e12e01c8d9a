package io.deskprov.provisioning;

import static java.util.Objects.requireNonNull;

import java.util.EnumMap;
import java.util.Map;

/**
 * The largest upload accepted for each kind of file a phone puts; bigger ones get 413.
 * Immutable; {@link #defaults()} then {@link #with(UploadKind, long)}.
 */
public final class UploadLimits {
    private final Map<UploadKind, Long> bytes;

    private UploadLimits(Map<UploadKind, Long> bytes) {
        this.bytes = bytes;
    }

    /**
     * Logs 4 MiB (Polycom app logs run to a few MiB), call lists and directories 1 MiB,
     * settings overrides 256 KiB.
     */
    public static UploadLimits defaults() {
        final Map<UploadKind, Long> bytes = new EnumMap<>(UploadKind.class);
        bytes.put(UploadKind.LOG, 4L << 20);
        bytes.put(UploadKind.CALLS, 1L << 20);
        bytes.put(UploadKind.DIRECTORY, 1L << 20);
        bytes.put(UploadKind.OVERRIDES, 256L << 10);
        return new UploadLimits(bytes);
    }

    /** A copy with one limit changed; 0 refuses every upload of the kind. */
    public UploadLimits with(UploadKind kind, long limit) {
        requireNonNull(kind, "kind");
        if (limit < 0 || limit > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("upload limit for " + kind + ": " + limit
                                               + " (expected: 0 to " + Integer.MAX_VALUE + ")");
        }
        final Map<UploadKind, Long> copy = new EnumMap<>(bytes);
        copy.put(kind, limit);
        return new UploadLimits(copy);
    }

    public long limit(UploadKind kind) {
        return bytes.get(requireNonNull(kind, "kind"));
    }

    /** The largest of the limits, which bounds what the server buffers for any upload. */
    public long largest() {
        return bytes.values().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    /** What phones upload, each kind kept in its own folder per device. */
    public enum UploadKind {
        /** Polycom {@code <mac>-app.log} and {@code <mac>-boot.log}. */
        LOG,
        /** Polycom {@code <mac>-calls.xml}. */
        CALLS,
        /** Polycom {@code <mac>-directory.xml}, the local contacts. */
        DIRECTORY,
        /** Settings changed on the phone: Polycom {@code <mac>-phone.cfg}, Yealink {@code <mac>-local.cfg}. */
        OVERRIDES
    }
}
