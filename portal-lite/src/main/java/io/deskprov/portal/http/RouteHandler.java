package io.deskprov.portal.http;

/** Answers one request of an authorized caller; throws {@link ApiException} to refuse it. */
@FunctionalInterface
public interface RouteHandler {
    Response handle(Call call) throws Exception;
}
