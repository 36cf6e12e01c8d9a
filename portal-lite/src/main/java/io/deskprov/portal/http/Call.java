package io.deskprov.portal.http;

import org.jspecify.annotations.Nullable;

import io.deskprov.portal.auth.Caller;

/**
 * A request with the caller it came from.
 *
 * @param caller null on public routes called without a session
 */
public record Call(Request request, @Nullable Caller caller) {

    /** The caller of a route that needs one; the dispatcher has checked it is there. */
    public Caller signedIn() {
        if (caller == null) {
            throw new IllegalStateException("route needs a caller but none was resolved");
        }
        return caller;
    }

    public <T> T body(Class<T> type) {
        return Json.read(request.body(), type);
    }
}
