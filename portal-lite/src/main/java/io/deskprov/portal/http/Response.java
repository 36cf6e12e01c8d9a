package io.deskprov.portal.http;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a handler answers: a status, a body Jackson writes as JSON, and cookies to set.
 *
 * @param setCookies complete {@code Set-Cookie} header values
 */
public record Response(int status, @Nullable Object body, List<String> setCookies) {

    public Response {
        setCookies = List.copyOf(setCookies);
    }

    public static Response ok(Object body) {
        return new Response(200, body, List.of());
    }

    public static Response created(Object body) {
        return new Response(201, body, List.of());
    }

    public static Response accepted(Object body) {
        return new Response(202, body, List.of());
    }

    public static Response noContent() {
        return new Response(204, null, List.of());
    }

    public Response withCookie(String setCookie) {
        final List<String> cookies = new java.util.ArrayList<>(setCookies);
        cookies.add(setCookie);
        return new Response(status, body, cookies);
    }
}
