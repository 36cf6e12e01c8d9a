package io.deskprov.registrar;

import java.util.List;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sip.ClientTransaction;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.ListeningPoint;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipFactory;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.SipStack;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.address.Address;
import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ViaHeader;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.jspecify.annotations.Nullable;

import gov.nist.javax.sip.SipStackExt;
import gov.nist.javax.sip.clientauthutils.AuthenticationHelper;
import gov.nist.javax.sip.clientauthutils.UserCredentials;

import io.deskprov.store.sip.SipAccount;

/**
 * A phone built on a SIP stack of its own (the NIST one, as a separate instance with its own
 * transaction layer and digest code), for what raw text cannot show: that another implementation
 * registers with the registrar and is sent its requests over the connection it opened.
 */
final class JainSipPhone implements SipListener, AutoCloseable {
    private static final AtomicInteger instances = new AtomicInteger();

    private final SipAccount account;
    private final String password;
    private final SipStack stack;
    private final SipProvider provider;
    private final ListeningPoint point;
    private final AddressFactory addresses;
    private final HeaderFactory headers;
    private final MessageFactory messages;
    private final BlockingQueue<Response> responses = new LinkedBlockingQueue<>();
    private final BlockingQueue<Request> requests = new LinkedBlockingQueue<>();
    private long cseq;

    /** A phone listening on a free loopback port, sending everything to the registrar over the transport. */
    JainSipPhone(SipAccount account, String password, int registrarPort, String transport) throws Exception {
        this.account = account;
        this.password = password;
        final SipFactory factory = SipFactory.getInstance();
        final Properties properties = new Properties();
        properties.setProperty("javax.sip.STACK_NAME", "test-phone-" + instances.incrementAndGet());
        properties.setProperty("javax.sip.AUTOMATIC_DIALOG_SUPPORT", "off");
        // A check-sync NOTIFY comes without a subscription, as phones take it.
        properties.setProperty("gov.nist.javax.sip.DELIVER_UNSOLICITED_NOTIFY", "true");
        properties.setProperty("javax.sip.OUTBOUND_PROXY", "127.0.0.1:" + registrarPort + '/' + transport);
        properties.setProperty("gov.nist.javax.sip.TRACE_LEVEL", "0");
        properties.setProperty("gov.nist.javax.sip.STACK_LOGGER", Slf4jStackLogger.class.getName());
        this.stack = factory.createSipStack(properties);
        this.point = stack.createListeningPoint("127.0.0.1", RegistrarHarness.freePort(), transport);
        this.provider = stack.createSipProvider(point);
        provider.addSipListener(this);
        this.addresses = factory.createAddressFactory();
        this.headers = factory.createHeaderFactory();
        this.messages = factory.createMessageFactory();
    }

    /** Registers for the time given, answering the registrar's challenge; the final response, or null. */
    @Nullable Response register(int expires) throws Exception {
        final ClientTransaction first = provider.getNewClientTransaction(registerRequest(expires));
        first.sendRequest();
        final Response challenge = responses.poll(10, TimeUnit.SECONDS);
        if (challenge == null || challenge.getStatusCode() != Response.UNAUTHORIZED) {
            return challenge;
        }
        final AuthenticationHelper helper = ((SipStackExt) stack).getAuthenticationHelper(
                (transaction, realm) -> credentials(), headers);
        helper.handleChallenge(challenge, first, provider, 5).sendRequest();
        return responses.poll(10, TimeUnit.SECONDS);
    }

    /** The next request the registrar sent within the wait, answered 200; null if none came. */
    @Nullable Request awaitRequest(long seconds) throws Exception {
        return requests.poll(seconds, TimeUnit.SECONDS);
    }

    private Request registerRequest(int expires) throws Exception {
        final Address aor = addresses.createAddress(account.aor());
        final SipURI registrar = addresses.createSipURI(null, account.domain());
        final ViaHeader via = headers.createViaHeader(point.getIPAddress(), point.getPort(), point.getTransport(),
                                                      null);
        cseq++;
        final Request request = messages.createRequest(
                registrar, Request.REGISTER, provider.getNewCallId(), headers.createCSeqHeader(cseq, Request.REGISTER),
                headers.createFromHeader(aor, "phone" + cseq), headers.createToHeader(aor, null), List.of(via),
                headers.createMaxForwardsHeader(70));
        final SipURI contact = addresses.createSipURI(account.username(), point.getIPAddress());
        contact.setPort(point.getPort());
        contact.setTransportParam(point.getTransport());
        request.addHeader(headers.createContactHeader(addresses.createAddress(contact)));
        request.addHeader(headers.createExpiresHeader(expires));
        request.addHeader(headers.createUserAgentHeader(List.of("Yealink SIP-T46U 108.86.0.75")));
        return request;
    }

    private UserCredentials credentials() {
        return new UserCredentials() {
            @Override
            public String getUserName() {
                return account.authUsername();
            }

            @Override
            public String getPassword() {
                return password;
            }

            @Override
            public String getSipDomain() {
                return account.domain();
            }
        };
    }

    @Override
    public void processRequest(RequestEvent event) {
        try {
            final ServerTransaction transaction = event.getServerTransaction() != null ? event.getServerTransaction()
                    : provider.getNewServerTransaction(event.getRequest());
            transaction.sendResponse(messages.createResponse(Response.OK, event.getRequest()));
            requests.add(event.getRequest());
        } catch (Exception e) {
            throw new IllegalStateException("could not answer " + event.getRequest().getMethod(), e);
        }
    }

    @Override
    public void processResponse(ResponseEvent event) {
        if (event.getResponse().getStatusCode() >= 200) {
            responses.add(event.getResponse());
        }
    }

    @Override
    public void processTimeout(TimeoutEvent event) {
        // The test sees the missing response.
    }

    @Override
    public void processIOException(IOExceptionEvent event) {
        // The test sees the missing response.
    }

    @Override
    public void processTransactionTerminated(TransactionTerminatedEvent event) {
        // Nothing kept per transaction.
    }

    @Override
    public void processDialogTerminated(DialogTerminatedEvent event) {
        // No dialogs.
    }

    @Override
    public void close() {
        stack.stop();
    }
}
