package io.deskprov.registrar;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sip.SipException;
import javax.sip.SipStack;
import javax.sip.address.Hop;
import javax.sip.header.CallIdHeader;
import javax.sip.message.Request;

import org.jspecify.annotations.Nullable;

import gov.nist.javax.sip.stack.DefaultRouter;

/**
 * Sends the registrar's own requests to the address a REGISTER came from when that differs from
 * its Contact, as for a phone behind NAT (the idea of the {@code received} parameter of RFC 3261
 * section 18.2.1 and {@code rport} of RFC 3581, applied to requests the registrar makes). The
 * Request-URI stays the Contact. Everything else goes where {@link DefaultRouter} sends it.
 *
 * <p>The stack makes the router itself ({@code javax.sip.ROUTER_PATH}); routes are kept by
 * Call-ID, so that a NOTIFY sent again with credentials after a challenge goes the same way, and
 * are forgotten when the request's transaction ends. Public only because the stack makes it by
 * reflection; nothing outside this package uses it.
 */
public final class SourceRouter extends DefaultRouter {
    private final Map<String, Hop> routes = new ConcurrentHashMap<>();

    /** Called by the stack through reflection, as the {@code ROUTER_PATH} contract asks. */
    public SourceRouter(SipStack stack, @Nullable String outboundProxy) {
        super(stack, outboundProxy);
    }

    void route(String callId, Hop hop) {
        routes.put(callId, hop);
    }

    void forget(String callId) {
        routes.remove(callId);
    }

    @Override
    public Hop getNextHop(Request request) throws SipException {
        final CallIdHeader callId = (CallIdHeader) request.getHeader(CallIdHeader.NAME);
        final Hop hop = callId == null ? null : routes.get(callId.getCallId());
        return hop != null ? hop : super.getNextHop(request);
    }
}
