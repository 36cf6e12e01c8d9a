package io.deskprov.portal.http;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;

/**
 * One HTTP request as the portal's handlers see it.
 *
 * @param pathParams the values of the route's {@code {name}} segments
 * @param remoteAddress the peer's IP address, for throttling and the audit log
 */
public record Request(HttpMethod method, String path, Map<String, String> pathParams,
                      Map<String, List<String>> query, HttpHeaders headers, byte[] body, String remoteAddress) {

    public Request {
        requireNonNull(method, "method");
        requireNonNull(path, "path");
        pathParams = Map.copyOf(pathParams);
        query = Map.copyOf(query);
    }

    public @Nullable String header(String name) {
        return headers.get(name);
    }

    public @Nullable String queryParam(String name) {
        final List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** A numeric path segment; anything else is a resource that cannot exist. */
    public long pathId(String name) {
        final String value = requireNonNull(pathParams.get(name), name);
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ApiException.notFound(name);
        }
    }

    public String pathParam(String name) {
        return requireNonNull(pathParams.get(name), name);
    }

    /** Same request with the route's path parameters. */
    Request withPathParams(Map<String, String> params) {
        return new Request(method, path, params, query, headers, body, remoteAddress);
    }
}
