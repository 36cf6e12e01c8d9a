package io.deskprov.registrar;

import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.ListIterator;
import java.util.Locale;

import javax.sip.InvalidArgumentException;
import javax.sip.ServerTransaction;
import javax.sip.address.SipURI;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.ExpiresHeader;
import javax.sip.header.ToHeader;
import javax.sip.header.UserAgentHeader;
import javax.sip.header.ViaHeader;
import javax.sip.header.WWWAuthenticateHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.deskprov.registrar.DigestAuthenticator.Result;
import io.deskprov.registrar.RegistrarMetrics.RegisterOutcome;
import io.deskprov.store.registration.RegistrationBinding;

/** Answers REGISTER requests as RFC 3261 section 10.3 describes, after digest authentication. */
final class RegisterHandler {
    private static final Logger logger = LoggerFactory.getLogger(RegisterHandler.class);

    private final SipContext sip;
    private final DigestAuthenticator authenticator;
    private final Nonces nonces;
    private final ContactUpdate update;
    private final BindingView view;
    private final BindingWriter writer;
    private final AddressGuard guard;
    private final RegistrarMetrics metrics;
    private final RegistrarSettings settings;
    private final Clock clock;

    RegisterHandler(SipContext sip, DigestAuthenticator authenticator, Nonces nonces, BindingView view,
                    BindingWriter writer, AddressGuard guard, RegistrarMetrics metrics, RegistrarSettings settings,
                    Clock clock) {
        this.sip = sip;
        this.authenticator = authenticator;
        this.nonces = nonces;
        this.update = new ContactUpdate(settings);
        this.view = view;
        this.writer = writer;
        this.guard = guard;
        this.metrics = metrics;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * @param source the sender's address and port, as the binding records it
     * @param address the sender's address alone, as failures are counted
     */
    void handle(ServerTransaction transaction, Request request, String source, String address) {
        final ToHeader to = (ToHeader) request.getHeader(ToHeader.NAME);
        if (!(to.getAddress().getURI() instanceof SipURI aor) || aor.getUser() == null) {
            answer(transaction, request, RegisterOutcome.INVALID, 404);
            return;
        }
        final String realm = aor.getHost().toLowerCase(Locale.ROOT);
        final Result auth = authenticator.check(request, realm);
        switch (auth.verdict()) {
            case MISSING -> challenge(transaction, request, realm, false, RegisterOutcome.CHALLENGED);
            case STALE -> challenge(transaction, request, realm, true, RegisterOutcome.STALE);
            case FOREIGN_NONCE -> {
                guard.failed(address, auth.reason());
                challenge(transaction, request, realm, false, RegisterOutcome.UNAUTHORIZED);
            }
            case FAILED -> {
                guard.failed(address, auth.reason());
                answer(transaction, request, RegisterOutcome.UNAUTHORIZED, 403);
            }
            case ACCEPTED -> {
                if (!auth.credential().account().username().equals(aor.getUser())) {
                    logger.debug("{} authenticated as {} but registers {}", source,
                                 auth.credential().account().aor(), aor);
                    answer(transaction, request, RegisterOutcome.FORBIDDEN, 403);
                    return;
                }
                bind(transaction, request, auth.credential().account().id(), source);
            }
            default -> throw new IllegalStateException("verdict: " + auth.verdict());
        }
    }

    private void bind(ServerTransaction transaction, Request request, long accountId, String source) {
        final ContactUpdate.Ask ask;
        try {
            ask = ask(request, accountId, source);
        } catch (IllegalArgumentException e) {
            answer(transaction, request, RegisterOutcome.INVALID, 400);
            return;
        }
        final Instant now = clock.instant();
        final AccountBindings bindings = view.of(accountId);
        final ContactUpdate.Outcome outcome;
        synchronized (bindings) {
            outcome = update.apply(bindings.snapshot(), ask, now);
            if (outcome.status() == 200) {
                bindings.replaceAll(outcome.next());
                bindings.handedToWriter(outcome.changes().size());
                outcome.changes().forEach(writer::add);
            }
        }
        if (outcome.status() != 200) {
            final Response response = sip.response(outcome.status(), request);
            if (outcome.status() == 423) {
                addMinExpires(response);
            }
            metrics.register(outcome.outcome());
            sip.send(transaction, response);
            return;
        }
        metrics.register(RegisterOutcome.OK);
        sip.send(transaction, ok(request, outcome.next().values(), now));
    }

    private ContactUpdate.Ask ask(Request request, long accountId, String source) {
        final ExpiresHeader expires = request.getExpires();
        final List<ContactUpdate.Contact> contacts = new ArrayList<>();
        boolean wildcard = false;
        final ListIterator<?> headers = request.getHeaders(ContactHeader.NAME);
        while (headers.hasNext()) {
            final ContactHeader contact = (ContactHeader) headers.next();
            if (contact.isWildCard()) {
                wildcard = true;
                continue;
            }
            final int contactExpires = contact.getExpires();
            final float q = contact.getQValue();
            contacts.add(new ContactUpdate.Contact(contact.getAddress().getURI().toString(),
                                                   contactExpires < 0 ? null : (long) contactExpires,
                                                   q < 0 ? null : (double) q));
        }
        final UserAgentHeader userAgent = (UserAgentHeader) request.getHeader(UserAgentHeader.NAME);
        final ViaHeader via = (ViaHeader) request.getHeader(ViaHeader.NAME);
        return new ContactUpdate.Ask(accountId, ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId(),
                                     ((CSeqHeader) request.getHeader(CSeqHeader.NAME)).getSeqNumber(), wildcard,
                                     contacts, expires == null ? null : (long) expires.getExpires(),
                                     SipContext.transportOf(via.getTransport()), source,
                                     userAgent == null ? null : UserAgents.text(userAgent));
    }

    private Response ok(Request request, Iterable<RegistrationBinding> bindings, Instant now) {
        final Response response = sip.response(Response.OK, request);
        try {
            for (RegistrationBinding binding : bindings) {
                final ContactHeader contact = sip.headers.createContactHeader(
                        sip.addresses.createAddress(binding.contactUri()));
                contact.setExpires((int) Math.max(0, binding.expiresAt().getEpochSecond() - now.getEpochSecond()));
                response.addHeader(contact);
            }
            response.addHeader(sip.headers.createDateHeader(Calendar.getInstance()));
        } catch (ParseException | InvalidArgumentException e) {
            throw new IllegalStateException("a stored contact no longer parses", e);
        }
        return response;
    }

    private void challenge(ServerTransaction transaction, Request request, String realm, boolean stale,
                           RegisterOutcome outcome) {
        final Response response = sip.response(Response.UNAUTHORIZED, request);
        try {
            for (DigestAlgorithm algorithm : settings.digestAlgorithms()) {
                final WWWAuthenticateHeader header = sip.headers.createWWWAuthenticateHeader("Digest");
                header.setRealm(realm);
                header.setNonce(nonces.issue(realm));
                header.setAlgorithm(algorithm.token());
                header.setQop("auth");
                if (stale) {
                    header.setStale(true);
                }
                response.addHeader(header);
            }
        } catch (ParseException e) {
            throw new IllegalStateException("cannot build a challenge for realm " + realm, e);
        }
        metrics.register(outcome);
        sip.send(transaction, response);
    }

    private void addMinExpires(Response response) {
        try {
            response.addHeader(sip.headers.createMinExpiresHeader((int) settings.minExpires().toSeconds()));
        } catch (InvalidArgumentException e) {
            throw new IllegalStateException("minExpires: " + settings.minExpires(), e);
        }
    }

    private void answer(ServerTransaction transaction, Request request, RegisterOutcome outcome, int status) {
        metrics.register(outcome);
        sip.send(transaction, sip.response(status, request));
    }
}
