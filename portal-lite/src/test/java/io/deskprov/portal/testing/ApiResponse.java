package io.deskprov.portal.testing;

import java.net.http.HttpResponse;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** A portal answer with its JSON body read, or a missing node for an empty one. */
public record ApiResponse(int status, JsonNode json, HttpResponse<byte[]> raw) {

    public String contentType() {
        return raw.headers().firstValue("Content-Type").orElse("");
    }

    public List<String> setCookies() {
        return raw.headers().allValues("Set-Cookie");
    }

    /** The problem's stable code, for error answers. */
    public String code() {
        return json.path("code").asText();
    }

    public String detail() {
        return json.path("detail").asText();
    }

    @Override
    public String toString() {
        return status + " " + json;
    }
}
