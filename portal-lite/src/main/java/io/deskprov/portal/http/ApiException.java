package io.deskprov.portal.http;

import static java.util.Objects.requireNonNull;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.netty.handler.codec.http.HttpResponseStatus;

/**
 * A request the portal refuses, answered as problem details. The code is stable for clients to
 * branch on; the detail is safe to show to the caller; the extensions carry what a client needs
 * to explain the refusal, such as the broken password rules.
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final transient Map<String, Object> extensions;

    public ApiException(HttpResponseStatus status, String code, String detail) {
        this(status, code, detail, Map.of());
    }

    public ApiException(HttpResponseStatus status, String code, String detail, Map<String, Object> extensions) {
        super(requireNonNull(detail, "detail"));
        this.status = status.code();
        this.code = requireNonNull(code, "code");
        this.extensions = Map.copyOf(extensions);
    }

    /**
     * Returns a value the request must carry.
     *
     * @throws ApiException 400 {@code MISSING_VALUE} naming the field when it is absent
     */
    public static <T> T required(@Nullable T value, String field) {
        if (value == null) {
            throw badRequest("MISSING_VALUE", field + " is required");
        }
        return value;
    }

    public static ApiException badRequest(String code, String detail) {
        return new ApiException(HttpResponseStatus.BAD_REQUEST, code, detail);
    }

    public static ApiException forbidden(String code, String detail) {
        return new ApiException(HttpResponseStatus.FORBIDDEN, code, detail);
    }

    public static ApiException notFound(String what) {
        return new ApiException(HttpResponseStatus.NOT_FOUND, "NOT_FOUND", what + " not found");
    }

    public static ApiException conflict(String code, String detail) {
        return new ApiException(HttpResponseStatus.CONFLICT, code, detail);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
