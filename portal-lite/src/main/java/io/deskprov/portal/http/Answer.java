package io.deskprov.portal.http;

import java.util.List;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;

/** A response ready to write: status, JSON bytes and their media type, cookies. */
record Answer(int status, byte[] body, String contentType, List<String> setCookies) {
    private static final String JSON = "application/json";

    static Answer of(Response response) {
        final byte[] body = response.body() == null ? new byte[0] : Json.write(response.body());
        return new Answer(response.status(), body, JSON, response.setCookies());
    }

    static Answer problem(ApiException e, String instance) {
        return new Answer(e.status(), Json.write(Problem.of(e, instance)), Problem.MEDIA_TYPE, List.of());
    }

    /** The HTTP response, with the headers every answer of the portal carries. */
    FullHttpResponse toHttp() {
        final FullHttpResponse response = new DefaultFullHttpResponse(
                HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(status), Unpooled.wrappedBuffer(body));
        response.headers()
                .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length)
                .set(HttpHeaderNames.CACHE_CONTROL, "no-store")
                .set("X-Content-Type-Options", "nosniff")
                .set("Strict-Transport-Security", "max-age=31536000");
        if (body.length > 0) {
            response.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType);
        }
        response.headers().add(HttpHeaderNames.SET_COOKIE, setCookies);
        return response;
    }
}
