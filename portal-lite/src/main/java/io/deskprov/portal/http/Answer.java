package io.deskprov.portal.http;

import java.util.List;

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
}
