package io.deskprov.registrar;

import java.text.ParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.sip.ClientTransaction;
import javax.sip.InvalidArgumentException;
import javax.sip.ListeningPoint;
import javax.sip.ResponseEvent;
import javax.sip.SipException;
import javax.sip.address.Address;
import javax.sip.address.Hop;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;

import org.jspecify.annotations.Nullable;

import gov.nist.javax.sip.stack.HopImpl;

import io.deskprov.store.registration.RegistrationBinding;
import io.deskprov.store.registration.Transport;

/** Builds and sends the registrar's own requests (OPTIONS probes, NOTIFYs) to a bound contact. */
final class OutboundRequests {
    /** Hears how a request sent with {@link #send} ended; set as the transaction's application data. */
    interface Callback {
        void response(ResponseEvent event);

        void timeout();
    }

    private final SipContext sip;

    OutboundRequests(SipContext sip) {
        this.sip = sip;
    }

    /**
     * An out-of-dialog request from the registrar to the contact.
     *
     * @param to the address-of-record, or the contact itself for a probe
     * @param fromHost the domain we speak for, or null for our own address
     */
    Request create(String method, RegistrationBinding binding, String to, @Nullable String fromHost) {
        try {
            final ListeningPoint point = sip.listeningPoint(binding.transport());
            final Address toAddress = sip.addresses.createAddress('<' + to + '>');
            final Address from = sip.addresses.createAddress(
                    "<sip:deskprov@" + (fromHost == null ? point.getIPAddress() : fromHost) + '>');
            final ViaHeader via = sip.headers.createViaHeader(point.getIPAddress(), point.getPort(),
                                                              point.getTransport(), null);
            final URI contact = sip.addresses.createURI(binding.contactUri());
            final Request request = sip.messages.createRequest(contact, method, sip.provider.getNewCallId(),
                    sip.headers.createCSeqHeader(1L, method),
                    sip.headers.createFromHeader(from, UUID.randomUUID().toString().substring(0, 8)),
                    sip.headers.createToHeader(toAddress, null), List.of(via), sip.headers.createMaxForwardsHeader(70));
            request.addHeader(sip.headers.createContactHeader(sip.addresses.createAddress(
                    "<sip:deskprov@" + point.getIPAddress() + ':' + point.getPort() + ";transport="
                    + point.getTransport().toLowerCase(Locale.ROOT) + '>')));
            routeToSource(request, contact, binding);
            return request;
        } catch (ParseException | InvalidArgumentException e) {
            throw new IllegalArgumentException("contact: " + binding.contactUri() + " (expected: a SIP URI)", e);
        }
    }

    /**
     * Has the request sent to the address and port the REGISTER came from when the Contact names
     * another host (a phone behind NAT gives its private address). The binding's source is
     * "host:port", the host an IPv4 or IPv6 literal without brackets, as {@link RegistrarListener}
     * records it. A phone that registered over TCP or TLS with a Contact naming no transport,
     * which would mean UDP, is sent the request over the transport it registered with, which the
     * request's Via names too.
     */
    private void routeToSource(Request request, URI contact, RegistrationBinding binding) {
        if (!(contact instanceof SipURI sipUri)) {
            return;
        }
        final String callId = ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId();
        final String transport = binding.transport().name().toLowerCase(Locale.ROOT);
        final Hop source = sourceOf(binding, transport);
        // Only another host means NAT: a phone may well send from a port other than its Contact's
        // (over TCP it always does, from an ephemeral one that no longer listens once closed).
        if (source != null && !source.getHost().equals(stripBrackets(sipUri.getHost()))) {
            // TODO: over TCP and TLS this reaches a phone behind NAT only while the connection its
            // REGISTER came on is open, since the stack reuses it by source address and port; once
            // the phone or its NAT closed it, a new connection to the source port finds nothing
            // listening, and the phone hears no probe or check-sync until it registers again.
            // RFC 5626 outbound (flow tokens and keep-alives) would keep the flow.
            sip.router.route(callId, source);
            return;
        }
        if (binding.transport() != Transport.UDP && sipUri.getTransportParam() == null) {
            final int port = sipUri.getPort() > 0 ? sipUri.getPort()
                                                  : binding.transport() == Transport.TLS ? 5061 : 5060;
            sip.router.route(callId, new HopImpl(stripBrackets(sipUri.getHost()), port, transport));
        }
    }

    /** Where the REGISTER came from, or null for a source without a port, unlike what we write. */
    private static @Nullable Hop sourceOf(RegistrationBinding binding, String transport) {
        final String source = binding.sourceAddress();
        final int colon = source.lastIndexOf(':');
        if (colon < 0) {
            return null;
        }
        try {
            return new HopImpl(source.substring(0, colon), Integer.parseInt(source.substring(colon + 1)), transport);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String stripBrackets(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /** Sends the request in a new client transaction whose outcome goes to the callback. */
    ClientTransaction send(Request request, Callback callback) throws SipException {
        try {
            final ClientTransaction transaction = sip.provider.getNewClientTransaction(request);
            transaction.setApplicationData(callback);
            transaction.sendRequest();
            return transaction;
        } catch (SipException | RuntimeException e) {
            // No transaction will end to forget the route, so forget it here.
            sip.router.forget(((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId());
            throw e;
        }
    }
}
