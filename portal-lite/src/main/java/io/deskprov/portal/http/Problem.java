package io.deskprov.portal.http;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.netty.handler.codec.http.HttpResponseStatus;

/**
 * The body of an error answer, as RFC 9457 defines it
 * (https://www.rfc-editor.org/rfc/rfc9457), with our stable {@code code} beside the type.
 */
final class Problem {
    static final String MEDIA_TYPE = "application/problem+json";

    private Problem() {
    }

    /** The members of the answer; clients parse {@code type} and {@code code}, so both stay stable. */
    static Map<String, Object> of(ApiException e, String instance) {
        final Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "urn:deskprov:problem:" + e.code().toLowerCase(Locale.ROOT).replace('_', '-'));
        body.put("title", HttpResponseStatus.valueOf(e.status()).reasonPhrase());
        body.put("status", e.status());
        body.put("code", e.code());
        body.put("detail", e.getMessage());
        body.put("instance", instance);
        body.putAll(e.extensions());
        return body;
    }
}
