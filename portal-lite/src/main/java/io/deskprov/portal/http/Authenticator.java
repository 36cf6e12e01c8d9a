package io.deskprov.portal.http;

import java.util.Optional;

import io.deskprov.portal.auth.Caller;

/** Finds who sent a request: by session cookie or by API token. */
public interface Authenticator {

    /** The caller, or empty when the request carries no valid session or token. */
    Optional<Caller> authenticate(Request request);

    /** Whether the request carries the CSRF token of the caller's session. */
    boolean hasValidCsrfToken(Caller caller, Request request);
}
