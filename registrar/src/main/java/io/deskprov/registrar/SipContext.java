package io.deskprov.registrar;

import java.text.ParseException;
import java.util.List;
import java.util.Locale;

import javax.sip.InvalidArgumentException;
import javax.sip.ListeningPoint;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.SipProvider;
import javax.sip.address.AddressFactory;
import javax.sip.header.HeaderFactory;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.deskprov.store.registration.Transport;

/** The stack's factories and provider, and the sending of responses whose failure is only logged. */
final class SipContext {
    private static final Logger logger = LoggerFactory.getLogger(SipContext.class);

    final SipProvider provider;
    final AddressFactory addresses;
    final HeaderFactory headers;
    final MessageFactory messages;
    final SourceRouter router;
    private final List<ListeningPoint> listeningPoints;

    SipContext(SipProvider provider, AddressFactory addresses, HeaderFactory headers, MessageFactory messages,
               SourceRouter router, List<ListeningPoint> listeningPoints) {
        this.provider = provider;
        this.addresses = addresses;
        this.headers = headers;
        this.messages = messages;
        this.router = router;
        this.listeningPoints = List.copyOf(listeningPoints);
    }

    Response response(int status, Request request) {
        try {
            return messages.createResponse(status, request);
        } catch (ParseException e) {
            throw new IllegalStateException("cannot answer " + status + " to a request the stack parsed", e);
        }
    }

    /** Sends the response; a peer that is gone is not our problem, so failures are only logged. */
    void send(ServerTransaction transaction, Response response) {
        try {
            transaction.sendResponse(response);
        } catch (SipException | InvalidArgumentException | RuntimeException e) {
            logger.debug("could not send {} for {}", response.getStatusCode(), transaction.getBranchId(), e);
        }
    }

    /** The listening point of the transport, or the first one if we have none for it. */
    ListeningPoint listeningPoint(Transport transport) {
        for (ListeningPoint point : listeningPoints) {
            if (point.getTransport().equalsIgnoreCase(transport.name())) {
                return point;
            }
        }
        return listeningPoints.get(0);
    }

    static Transport transportOf(String transport) {
        try {
            return Transport.valueOf(transport.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Transport.UDP;
        }
    }
}
