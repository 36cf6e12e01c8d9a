package io.deskprov.portal;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.jspecify.annotations.Nullable;

import io.deskprov.portal.account.AccountRoutes;
import io.deskprov.portal.account.FirstLoginService;
import io.deskprov.portal.auth.AuthRoutes;
import io.deskprov.portal.auth.RequestAuthenticator;
import io.deskprov.portal.auth.SessionService;
import io.deskprov.portal.auth.SessionSweep;
import io.deskprov.portal.auth.TokenService;
import io.deskprov.portal.company.CompanyRoutes;
import io.deskprov.portal.company.CompanyService;
import io.deskprov.portal.device.AuditedCheckSync;
import io.deskprov.portal.device.CheckSync;
import io.deskprov.portal.device.DeviceRoutes;
import io.deskprov.portal.device.DeviceService;
import io.deskprov.portal.device.PhoneModels;
import io.deskprov.portal.device.SeenDeviceService;
import io.deskprov.portal.group.GroupRoutes;
import io.deskprov.portal.group.GroupService;
import io.deskprov.portal.http.Router;
import io.deskprov.portal.mail.MailSender;
import io.deskprov.portal.mail.Mailer;
import io.deskprov.portal.order.CartService;
import io.deskprov.portal.order.OrderRoutes;
import io.deskprov.portal.order.OrderRunner;
import io.deskprov.portal.order.OrderService;
import io.deskprov.portal.order.WorkplaceSetup;
import io.deskprov.portal.user.UserRoutes;
import io.deskprov.portal.user.UserService;
import io.deskprov.portal.workplace.LoginDataService;
import io.deskprov.portal.workplace.PersonService;
import io.deskprov.portal.workplace.WorkplaceRoutes;
import io.deskprov.portal.workplace.WorkplaceService;
import io.deskprov.store.Store;
import io.deskprov.store.account.PasswordHasher;
import io.deskprov.templates.catalog.ModelCatalog;
import io.micrometer.core.instrument.MeterRegistry;

/** The portal's services and routes, wired once at start. */
public final class PortalParts {
    private static final Logger logger = LoggerFactory.getLogger(PortalParts.class);

    private final Router router = new Router();
    private final RequestAuthenticator authenticator;
    private final MailSender mailSender;
    private final OrderRunner orderRunner;
    private final SessionSweep sessionSweep;
    private final Runnable throttleSweep;
    private final PortalSettings settings;

    PortalParts(PortalSettings settings, Store store, Clock clock, MeterRegistry registry,
                @Nullable CheckSync checkSync) {
        this.settings = settings;
        final PasswordHasher hasher = PasswordHasher.owaspDefaults();
        final Mailer mailer = new Mailer(store, settings);
        this.authenticator = new RequestAuthenticator(store, clock, settings.sessionLifetime());
        this.mailSender = new MailSender(store, clock, settings.mail(), registry);
        this.sessionSweep = new SessionSweep(store, clock);
        this.throttleSweep = () -> store.inTransaction(tx -> store.throttles().deleteEnded(tx, clock.instant()));
        this.orderRunner = new OrderRunner(store, clock, settings, new WorkplaceSetup(store, clock, mailer, settings));
        new AuthRoutes(new SessionService(store, clock, hasher, settings), new TokenService(store, clock))
                .register(router);
        new CompanyRoutes(new CompanyService(store, clock, mailer)).register(router);
        new GroupRoutes(new GroupService(store, clock)).register(router);
        new AccountRoutes(new FirstLoginService(store, clock, hasher, mailer, settings)).register(router);
        final PhoneModels models = new PhoneModels(ModelCatalog.bundled());
        new OrderRoutes(new CartService(store, clock, models), new OrderService(store, clock)).register(router);
        new WorkplaceRoutes(new WorkplaceService(store, clock), new LoginDataService(store, clock, mailer),
                            new PersonService(store, clock)).register(router);
        final DeviceService devices =
                new DeviceService(store, clock, models, new AuditedCheckSync(store, clock, checkSync));
        new DeviceRoutes(devices, new SeenDeviceService(store, devices)).register(router);
        new UserRoutes(new UserService(store, clock, settings)).register(router);
    }

    Router router() {
        return router;
    }

    RequestAuthenticator authenticator() {
        return authenticator;
    }

    /**
     * Starts the background work: draining the mail outbox, carrying out due orders, removing
     * expired sessions and ended throttle windows.
     */
    void schedule(ScheduledExecutorService background) {
        every(background, settings.mail().pollInterval(), "mail", mailSender::drain);
        every(background, settings.orderPollInterval(), "orders", orderRunner::runDue);
        every(background, settings.sessionSweepInterval(), "session sweep", sessionSweep::run);
        every(background, settings.sessionSweepInterval(), "throttle sweep", throttleSweep);
    }

    private static void every(ScheduledExecutorService background, Duration interval, String what, Runnable work) {
        final long millis = interval.toMillis();
        background.scheduleWithFixedDelay(() -> guarded(what, work), millis, millis, TimeUnit.MILLISECONDS);
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
