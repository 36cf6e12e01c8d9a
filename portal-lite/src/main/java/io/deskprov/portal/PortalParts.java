package io.deskprov.portal;

import java.time.Clock;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.deskprov.portal.account.AccountRoutes;
import io.deskprov.portal.account.FirstLoginService;
import io.deskprov.portal.auth.AuthRoutes;
import io.deskprov.portal.auth.RequestAuthenticator;
import io.deskprov.portal.auth.SessionService;
import io.deskprov.portal.auth.TokenService;
import io.deskprov.portal.company.CompanyRoutes;
import io.deskprov.portal.company.CompanyService;
import io.deskprov.portal.group.GroupRoutes;
import io.deskprov.portal.group.GroupService;
import io.deskprov.portal.http.Router;
import io.deskprov.portal.mail.MailSender;
import io.deskprov.portal.mail.Mailer;
import io.deskprov.store.Store;
import io.deskprov.store.account.PasswordHasher;
import io.micrometer.core.instrument.MeterRegistry;

/** The portal's services and routes, wired once at start. */
public final class PortalParts {
    private static final Logger logger = LoggerFactory.getLogger(PortalParts.class);

    private final Router router = new Router();
    private final RequestAuthenticator authenticator;
    private final MailSender mailSender;
    private final PortalSettings settings;

    PortalParts(PortalSettings settings, Store store, Clock clock, MeterRegistry registry) {
        this.settings = settings;
        final PasswordHasher hasher = PasswordHasher.owaspDefaults();
        final Mailer mailer = new Mailer(store, settings);
        this.authenticator = new RequestAuthenticator(store, clock, settings.sessionIdleTimeout());
        this.mailSender = new MailSender(store, clock, settings.mail(), registry);
        new AuthRoutes(new SessionService(store, clock, hasher, settings), new TokenService(store, clock))
                .register(router);
        new CompanyRoutes(new CompanyService(store, clock, mailer)).register(router);
        new GroupRoutes(new GroupService(store, clock)).register(router);
        new AccountRoutes(new FirstLoginService(store, clock, hasher, mailer, settings)).register(router);
    }

    Router router() {
        return router;
    }

    RequestAuthenticator authenticator() {
        return authenticator;
    }

    /** Starts the background work: draining the mail outbox. */
    void schedule(ScheduledExecutorService background) {
        final long mailMillis = settings.mail().pollInterval().toMillis();
        background.scheduleWithFixedDelay(() -> guarded("mail", () -> mailSender.drain()), 0, mailMillis,
                                          TimeUnit.MILLISECONDS);
    }

    /** Runs background work so that one failure does not end its schedule. */
    private static void guarded(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            logger.warn("Portal {} run failed; trying again at the next interval", what, e);
        }
    }
}
