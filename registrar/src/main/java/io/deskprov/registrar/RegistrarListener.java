package io.deskprov.registrar;

import java.text.ParseException;

import javax.sip.ClientTransaction;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.SipListener;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.header.AllowHeader;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ProxyRequireHeader;
import javax.sip.header.RequireHeader;
import javax.sip.header.UnsupportedHeader;
import javax.sip.header.UserAgentHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import gov.nist.javax.sip.message.SIPMessage;

/**
 * Receives everything the stack hands up. Requests from ignored addresses and scanners are
 * dropped unanswered; the rest are checked in order (URI scheme, CSeq method, required
 * extensions) and then REGISTER and OPTIONS are answered, any other method refused with 405.
 */
final class RegistrarListener implements SipListener {
    private static final Logger logger = LoggerFactory.getLogger(RegistrarListener.class);
    private static final String ALLOWED = "REGISTER, OPTIONS";

    private final SipContext sip;
    private final RegisterHandler registers;
    private final AddressGuard guard;
    private final RegistrarMetrics metrics;

    RegistrarListener(SipContext sip, RegisterHandler registers, AddressGuard guard, RegistrarMetrics metrics) {
        this.sip = sip;
        this.registers = registers;
        this.guard = guard;
        this.metrics = metrics;
    }

    @Override
    public void processRequest(RequestEvent event) {
        final Request request = event.getRequest();
        final String source = ((SIPMessage) request).getRemoteAddress().getHostAddress();
        if (guard.isBlocked(source)) {
            metrics.dropped("blocked");
            return;
        }
        final UserAgentHeader userAgent = (UserAgentHeader) request.getHeader(UserAgentHeader.NAME);
        if (userAgent != null && AddressGuard.isScanner(UserAgents.text(userAgent))) {
            metrics.dropped("scanner");
            guard.failed(source, "scanner User-Agent");
            return;
        }
        if (Request.ACK.equals(request.getMethod())) {
            return;
        }
        final ServerTransaction transaction = serverTransaction(event);
        if (transaction == null) {
            return;
        }
        try {
            dispatch(transaction, request, source + ':' + ((SIPMessage) request).getRemotePort(), source);
        } catch (RuntimeException e) {
            logger.warn("{} {} failed; answering 500", source, request.getMethod(), e);
            sip.send(transaction, sip.response(Response.SERVER_INTERNAL_ERROR, request));
        }
    }

    private void dispatch(ServerTransaction transaction, Request request, String sourceWithPort, String source) {
        final String scheme = request.getRequestURI().getScheme();
        if (!"sip".equalsIgnoreCase(scheme) && !"sips".equalsIgnoreCase(scheme)) {
            sip.send(transaction, sip.response(Response.UNSUPPORTED_URI_SCHEME, request));
            return;
        }
        final CSeqHeader cseq = (CSeqHeader) request.getHeader(CSeqHeader.NAME);
        if (!cseq.getMethod().equals(request.getMethod())) {
            sip.send(transaction, sip.response(Response.BAD_REQUEST, request));
            return;
        }
        // We support no extensions, so any Require is one we lack (RFC 3261 section 8.2.2.3).
        if (request.getHeader(RequireHeader.NAME) != null || request.getHeader(ProxyRequireHeader.NAME) != null) {
            sip.send(transaction, withHeader(sip.response(Response.BAD_EXTENSION, request), unsupported(request)));
            return;
        }
        switch (request.getMethod()) {
            case Request.REGISTER -> registers.handle(transaction, request, sourceWithPort, source);
            case Request.OPTIONS -> sip.send(transaction, withHeader(sip.response(Response.OK, request), allow()));
            default -> sip.send(transaction, withHeader(sip.response(Response.METHOD_NOT_ALLOWED, request), allow()));
        }
    }

    private ServerTransaction serverTransaction(RequestEvent event) {
        if (event.getServerTransaction() != null) {
            return event.getServerTransaction();
        }
        try {
            return sip.provider.getNewServerTransaction(event.getRequest());
        } catch (SipException | RuntimeException e) {
            // A retransmission racing its original, or a request too broken for a transaction.
            logger.debug("no transaction for a {}", event.getRequest().getMethod(), e);
            return null;
        }
    }

    private AllowHeader allow() {
        try {
            return sip.headers.createAllowHeader(ALLOWED);
        } catch (ParseException e) {
            throw new IllegalStateException("Allow: " + ALLOWED, e);
        }
    }

    private UnsupportedHeader unsupported(Request request) {
        final RequireHeader require = (RequireHeader) request.getHeader(RequireHeader.NAME);
        final ProxyRequireHeader proxyRequire = (ProxyRequireHeader) request.getHeader(ProxyRequireHeader.NAME);
        final String tag = require != null ? require.getOptionTag() : proxyRequire.getOptionTag();
        try {
            return sip.headers.createUnsupportedHeader(tag);
        } catch (ParseException e) {
            throw new IllegalStateException("Unsupported: " + tag, e);
        }
    }

    private static Response withHeader(Response response, javax.sip.header.Header header) {
        response.addHeader(header);
        return response;
    }

    @Override
    public void processResponse(ResponseEvent event) {
        final ClientTransaction transaction = event.getClientTransaction();
        // A response without a transaction of ours is stray (RFC 3261 section 18.1.2): say nothing.
        if (transaction != null && transaction.getApplicationData() instanceof OutboundRequests.Callback callback) {
            callback.response(event);
        }
    }

    @Override
    public void processTimeout(TimeoutEvent event) {
        final ClientTransaction transaction = event.getClientTransaction();
        if (transaction != null && transaction.getApplicationData() instanceof OutboundRequests.Callback callback) {
            callback.timeout();
        }
    }

    @Override
    public void processIOException(IOExceptionEvent event) {
        logger.debug("{}:{} I/O failure over {}", event.getHost(), event.getPort(), event.getTransport());
    }

    @Override
    public void processTransactionTerminated(TransactionTerminatedEvent event) {
        if (event.isServerTransaction()) {
            return;
        }
        final CallIdHeader callId = (CallIdHeader) event.getClientTransaction().getRequest()
                                                        .getHeader(CallIdHeader.NAME);
        sip.router.forget(callId.getCallId());
    }

    @Override
    public void processDialogTerminated(DialogTerminatedEvent event) {
    }
}
