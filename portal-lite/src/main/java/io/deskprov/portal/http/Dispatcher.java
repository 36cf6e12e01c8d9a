package io.deskprov.portal.http;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.deskprov.portal.auth.Caller;
import io.deskprov.store.ConstraintViolationException;
import io.deskprov.store.StoreUnavailableException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;

/**
 * Runs one request through the checks every route shares, in this order: route, caller, CSRF
 * token, password state, role. Whatever is refused or fails becomes problem details.
 */
final class Dispatcher {
    static final String REQUESTS_METER = "deskprov.portal.requests";
    private static final Logger logger = LoggerFactory.getLogger(Dispatcher.class);

    private final Router router;
    private final Authenticator authenticator;
    private final MeterRegistry registry;

    Dispatcher(Router router, Authenticator authenticator, MeterRegistry registry) {
        this.router = requireNonNull(router, "router");
        this.authenticator = requireNonNull(authenticator, "authenticator");
        this.registry = requireNonNull(registry, "registry");
    }

    /** Answers the request; never throws. */
    Answer dispatch(Request request) {
        Answer answer;
        try {
            answer = Answer.of(route(request));
        } catch (ApiException e) {
            answer = Answer.problem(e, request.path());
        } catch (IllegalArgumentException e) {
            answer = Answer.problem(ApiException.badRequest("INVALID_INPUT", e.getMessage()), request.path());
        } catch (ConstraintViolationException e) {
            answer = Answer.problem(ApiException.conflict("CONFLICT", "conflicts with existing data ("
                                                           + e.constraint() + ")"), request.path());
        } catch (StoreUnavailableException e) {
            logger.warn("{} {} answered 503: the database is unreachable", request.remoteAddress(), request.path(), e);
            answer = Answer.problem(new ApiException(HttpResponseStatus.SERVICE_UNAVAILABLE, "UNAVAILABLE",
                                                     "the portal cannot reach its database"), request.path());
        } catch (Exception e) {
            logger.error("{} {} {} failed", request.remoteAddress(), request.method(), request.path(), e);
            answer = Answer.problem(new ApiException(HttpResponseStatus.INTERNAL_SERVER_ERROR, "INTERNAL",
                                                     "the request failed; the server log has the cause"),
                                    request.path());
        }
        count(answer.status());
        return answer;
    }

    private Response route(Request request) throws Exception {
        final Router.Match match = router.match(request.method(), request.path())
                                          .orElseThrow(() -> ApiException.notFound(request.path()));
        final Access access = match.route().access();
        final Optional<Caller> caller = authenticator.authenticate(request);
        if (access.authenticated() && caller.isEmpty()) {
            throw new ApiException(HttpResponseStatus.UNAUTHORIZED, "UNAUTHENTICATED",
                                   "sign in or present an API token");
        }
        if (access.authenticated()) {
            check(access, caller.get(), request);
        }
        return match.route().handler().handle(new Call(request.withPathParams(match.params()), caller.orElse(null)));
    }

    private void check(Access access, Caller caller, Request request) {
        // Browsers send the session cookie on their own; only a page of ours knows the token.
        if (caller.viaSession() && !isSafe(request.method()) && !authenticator.hasValidCsrfToken(caller, request)) {
            throw ApiException.forbidden("CSRF_TOKEN_INVALID", "the X-CSRF-Token header is missing or wrong");
        }
        if (caller.mustSetPassword() && !access.beforePasswordSet()) {
            throw ApiException.forbidden("PASSWORD_CHANGE_REQUIRED", "set a new password first");
        }
        if (!access.roles().isEmpty() && !access.roles().contains(caller.activeRole())) {
            throw ApiException.forbidden("ROLE_FORBIDDEN", "this needs the role " + access.roles()
                                         + "; the active role is " + caller.activeRole());
        }
    }

    private static boolean isSafe(HttpMethod method) {
        return HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method);
    }

    private void count(int status) {
        Counter.builder(REQUESTS_METER)
               .description("Portal requests answered, by status class")
               .tag("status", status / 100 + "xx")
               .register(registry)
               .increment();
    }
}
