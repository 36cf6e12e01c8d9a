package io.deskprov.portal.http;

import java.util.List;

import io.netty.handler.codec.http.HttpMethod;

/**
 * A registered route. The template's segments in braces match one path segment each.
 */
public record Route(HttpMethod method, String template, Access access, RouteHandler handler) {

    List<String> segments() {
        return List.of(template.substring(1).split("/"));
    }
}
