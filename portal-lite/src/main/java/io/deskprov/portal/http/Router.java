package io.deskprov.portal.http;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;

/**
 * The portal's routes. Filled while the portal starts, then only read, so lookups need no lock.
 */
public final class Router {
    private final List<Route> routes = new ArrayList<>();

    public Router get(String template, Access access, RouteHandler handler) {
        return add(HttpMethod.GET, template, access, handler);
    }

    public Router post(String template, Access access, RouteHandler handler) {
        return add(HttpMethod.POST, template, access, handler);
    }

    public Router put(String template, Access access, RouteHandler handler) {
        return add(HttpMethod.PUT, template, access, handler);
    }

    public Router patch(String template, Access access, RouteHandler handler) {
        return add(HttpMethod.PATCH, template, access, handler);
    }

    public Router delete(String template, Access access, RouteHandler handler) {
        return add(HttpMethod.DELETE, template, access, handler);
    }

    private Router add(HttpMethod method, String template, Access access, RouteHandler handler) {
        requireNonNull(template, "template");
        if (!template.startsWith("/")) {
            throw new IllegalArgumentException("template: " + template + " (expected: starting with /)");
        }
        routes.add(new Route(method, template, requireNonNull(access, "access"), requireNonNull(handler, "handler")));
        return this;
    }

    /** Every route, in the order registered, for the document that describes the API. */
    public List<Route> routes() {
        return List.copyOf(routes);
    }

    /** The route for the method and path with its parameters, empty when none matches either. */
    Optional<Match> match(HttpMethod method, String path) {
        final String[] parts = path.substring(1).split("/", -1);
        boolean pathKnown = false;
        for (Route route : routes) {
            final Map<String, String> params = bind(route.segments(), parts);
            if (params == null) {
                continue;
            }
            pathKnown = true;
            if (route.method().equals(method)) {
                return Optional.of(new Match(route, params));
            }
        }
        if (pathKnown) {
            throw new ApiException(HttpResponseStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED",
                                   method + " is not allowed on " + path);
        }
        return Optional.empty();
    }

    private static @Nullable Map<String, String> bind(List<String> segments, String[] parts) {
        if (segments.size() != parts.length) {
            return null;
        }
        final Map<String, String> params = new HashMap<>();
        for (int i = 0; i < parts.length; i++) {
            final String segment = segments.get(i);
            if (segment.startsWith("{")) {
                if (parts[i].isEmpty()) {
                    return null;
                }
                params.put(segment.substring(1, segment.length() - 1), parts[i]);
            } else if (!segment.equals(parts[i])) {
                return null;
            }
        }
        return params;
    }

    record Match(Route route, Map<String, String> params) {
    }
}
