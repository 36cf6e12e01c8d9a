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
     * Has the request sent where the phone will hear it. The binding's source is "host:port", the
     * host an IPv4 or IPv6 literal without brackets, as {@link RegistrarListener} records it.
     * <ul>
     * <li>Over TCP and TLS, to the source: the stack then uses the connection the REGISTER came on,
     * the one way to a phone behind NAT or without a listening socket of its own. Should that
     * connection be gone, {@link #send} tries the Contact once (see {@link #contactHop}).
     * <li>Over UDP, to the source when the Contact names another host (a phone behind NAT gives its
     * private address), else to the Contact.
     * </ul>
     */
    private void routeToSource(Request request, URI contact, RegistrationBinding binding) {
        if (!(contact instanceof SipURI sipUri)) {
            return;
        }
        final String callId = callIdOf(request);
        final Hop source = sourceOf(binding);
        if (source == null) {
            final Hop hop = contactHop(binding, sipUri);
            if (hop != null) {
                sip.router.route(callId, hop);
            }
            return;
        }
        // Over UDP a phone may well send from a port other than its Contact's; only another host means NAT.
        if (binding.transport() != Transport.UDP || !source.getHost().equals(stripBrackets(sipUri.getHost()))) {
            sip.router.route(callId, source);
        }
    }

    /**
     * Where a TCP or TLS request goes when the phone's own connection is gone: the Contact, over
     * the transport the phone registered with even where the Contact names none (which would mean
     * UDP). Null for UDP, and for a Contact on another host than the source, a private address
     * behind NAT that we cannot reach.
     */
    private static @Nullable Hop contactHop(RegistrationBinding binding, SipURI contact) {
        if (binding.transport() == Transport.UDP) {
            return null;
        }
        final String host = stripBrackets(contact.getHost());
        final Hop source = sourceOf(binding);
        if (source != null && !source.getHost().equals(host)) {
            return null;
        }
        final int port = contact.getPort() > 0 ? contact.getPort()
                                               : binding.transport() == Transport.TLS ? 5061 : 5060;
        return new HopImpl(host, port, transportName(binding));
    }

    private static String transportName(RegistrationBinding binding) {
        return binding.transport().name().toLowerCase(Locale.ROOT);
    }

    /** Where the REGISTER came from, or null for a source without a port, unlike what we write. */
    private static @Nullable Hop sourceOf(RegistrationBinding binding) {
        final String source = binding.sourceAddress();
        final int colon = source.lastIndexOf(':');
        if (colon < 0) {
            return null;
        }
        try {
            return new HopImpl(source.substring(0, colon), Integer.parseInt(source.substring(colon + 1)),
                               transportName(binding));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String stripBrackets(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /**
     * Sends the request to the binding in a new client transaction whose outcome goes to the
     * callback. A TCP or TLS request that cannot reach the phone's own connection (closed, and
     * nothing listens at its source port) goes once more to the Contact.
     */
    ClientTransaction send(Request request, RegistrationBinding binding, Callback callback) throws SipException {
        try {
            return sendOnce(request, callback);
        } catch (SipException e) {
            final Hop contact = request.getRequestURI() instanceof SipURI uri ? contactHop(binding, uri) : null;
            final Hop source = sourceOf(binding);
            if (contact == null || source == null || contact.getPort() == source.getPort()) {
                throw e;
            }
            final Request again = (Request) request.clone();
            ((ViaHeader) again.getHeader(ViaHeader.NAME)).removeParameter("branch");
            sip.router.route(callIdOf(again), contact);
            return sendOnce(again, callback);
        }
    }

    private ClientTransaction sendOnce(Request request, Callback callback) throws SipException {
        try {
            final ClientTransaction transaction = sip.provider.getNewClientTransaction(request);
            transaction.setApplicationData(callback);
            transaction.sendRequest();
            return transaction;
        } catch (SipException | RuntimeException e) {
            // No transaction will end to forget the route, so forget it here.
            sip.router.forget(callIdOf(request));
            throw e;
        }
    }

    private static String callIdOf(Request request) {
        return ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId();
    }
}
