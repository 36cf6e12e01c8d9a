package io.deskprov.registrar;

import java.text.ParseException;
import java.util.Optional;

import javax.sip.ClientTransaction;
import javax.sip.ResponseEvent;
import javax.sip.SipException;
import javax.sip.SipStack;
import javax.sip.header.ContentLengthHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import gov.nist.javax.sip.SipStackExt;
import gov.nist.javax.sip.clientauthutils.AccountManager;
import gov.nist.javax.sip.clientauthutils.AuthenticationHelper;
import gov.nist.javax.sip.clientauthutils.UserCredentials;

import io.deskprov.registrar.Credentials.Credential;
import io.deskprov.registrar.RegistrarMetrics.NotifyOutcome;
import io.deskprov.store.registration.RegistrationBinding;

/**
 * Sends one check-sync NOTIFY and sees it through: a 401/407 challenge is answered once with the
 * account's credentials (phones may validate NOTIFY by digest), a timeout is retried up to the
 * attempt limit, and the outcome is logged and counted.
 */
final class NotifySender {
    private static final Logger logger = LoggerFactory.getLogger(NotifySender.class);

    /**
     * One NOTIFY to one contact.
     *
     * @param deviceId the device the contact belongs to, null when no device of the workplace matches
     * @param companyId that device's company
     */
    record Target(long accountId, String aor, RegistrationBinding binding, String event,
                  @Nullable Long deviceId, @Nullable Long companyId) {
    }

    private final SipContext sip;
    private final OutboundRequests outbound;
    private final SipStack stack;
    private final Credentials credentials;
    private final RegistrarMetrics metrics;
    private final CheckSyncAudit audit;
    private final int attempts;

    NotifySender(SipContext sip, OutboundRequests outbound, SipStack stack, Credentials credentials,
                 RegistrarMetrics metrics, CheckSyncAudit audit, int attempts) {
        this.sip = sip;
        this.outbound = outbound;
        this.stack = stack;
        this.credentials = credentials;
        this.metrics = metrics;
        this.audit = audit;
        this.attempts = attempts;
    }

    void send(Target target) {
        attempt(target, 1);
    }

    private void attempt(Target target, int attempt) {
        final Request request = notify(target);
        try {
            outbound.send(request, target.binding(), new Outcome(target, attempt));
        } catch (SipException | RuntimeException e) {
            finish(target, NotifyOutcome.REFUSED, "could not be sent: " + e.getMessage());
        }
    }

    private Request notify(Target target) {
        final Request request = outbound.create(Request.NOTIFY, target.binding(), target.aor(),
                                                target.aor().substring(target.aor().indexOf('@') + 1));
        try {
            request.addHeader(sip.headers.createEventHeader(target.event()));
            request.addHeader(sip.headers.createSubscriptionStateHeader("terminated"));
            request.setContentLength((ContentLengthHeader) sip.headers.createContentLengthHeader(0));
        } catch (ParseException | javax.sip.InvalidArgumentException e) {
            throw new IllegalArgumentException("event: " + target.event() + " (expected: an Event value)", e);
        }
        return request;
    }

    private void finish(Target target, NotifyOutcome outcome, String detail) {
        metrics.notify(outcome);
        audit.notified(target, detail);
        if (outcome == NotifyOutcome.DELIVERED) {
            logger.info("{} took check-sync ({}) at {}", target.aor(), target.event(), target.binding().contactUri());
        } else {
            logger.warn("{} did not take check-sync at {}: {}", target.aor(), target.binding().contactUri(), detail);
        }
    }

    /** Follows one attempt's transaction, and the challenged one after it. */
    private final class Outcome implements OutboundRequests.Callback {
        private final Target target;
        private final int attempt;
        private boolean answeredChallenge;

        Outcome(Target target, int attempt) {
            this.target = target;
            this.attempt = attempt;
        }

        @Override
        public void response(ResponseEvent event) {
            final int status = event.getResponse().getStatusCode();
            if (status < 200) {
                return;
            }
            if (status < 300) {
                finish(target, NotifyOutcome.DELIVERED, "answered " + status);
            } else if ((status == Response.UNAUTHORIZED || status == Response.PROXY_AUTHENTICATION_REQUIRED)
                       && !answeredChallenge) {
                answeredChallenge = true;
                answerChallenge(event);
            } else {
                finish(target, NotifyOutcome.REFUSED, "answered " + status);
            }
        }

        @Override
        public void timeout() {
            if (attempt < attempts) {
                attempt(target, attempt + 1);
            } else {
                finish(target, NotifyOutcome.TIMEOUT, "no answer after " + attempts + " tries");
            }
        }

        private void answerChallenge(ResponseEvent event) {
            final Optional<Credential> credential = credentials.ofAccount(target.accountId());
            if (credential.isEmpty()) {
                finish(target, NotifyOutcome.NO_CREDENTIALS, "the account is gone");
                return;
            }
            final AccountManager accounts = (transaction, realm) -> userCredentials(credential.get());
            final AuthenticationHelper helper = ((SipStackExt) stack).getAuthenticationHelper(accounts, sip.headers);
            try {
                final ClientTransaction next = helper.handleChallenge(event.getResponse(),
                                                                      event.getClientTransaction(), sip.provider, 5);
                next.setApplicationData(this);
                next.sendRequest();
            } catch (SipException | RuntimeException e) {
                finish(target, NotifyOutcome.REFUSED, "challenge could not be answered: " + e.getMessage());
            }
        }
    }

    private static UserCredentials userCredentials(Credential credential) {
        return new UserCredentials() {
            @Override
            public String getUserName() {
                return credential.account().authUsername();
            }

            @Override
            public String getPassword() {
                return credential.secret();
            }

            @Override
            public String getSipDomain() {
                return credential.account().domain();
            }
        };
    }
}
