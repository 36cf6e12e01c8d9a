package io.deskprov.registrar;

import java.time.Clock;
import java.util.List;
import java.util.Properties;
import java.util.TooManyListenersException;
import java.util.concurrent.ScheduledExecutorService;

import javax.sip.ListeningPoint;
import javax.sip.PeerUnavailableException;
import javax.sip.SipFactory;
import javax.sip.SipProvider;
import javax.sip.SipStack;

import org.jspecify.annotations.Nullable;

import gov.nist.javax.sip.SipStackImpl;

import io.deskprov.certs.tls.ReloadingKeyMaterial;
import io.deskprov.store.Store;
import io.deskprov.store.changes.ChangeFeed;
import io.micrometer.core.instrument.MeterRegistry;

/** Builds the registrar's parts and wires them to the stack; undoes what it did if a step fails. */
final class RegistrarAssembly {
    private RegistrarAssembly() {
    }

    static Registrar.Parts assemble(RegistrarSettings settings, Store store, Clock clock, MeterRegistry meters,
                                    @Nullable ReloadingKeyMaterial tls) throws RegistrarStartException {
        final SipFactory factory = Registrar.factory();
        final SipStack stack;
        final Properties properties = StackProperties.of(settings, tls == null ? null : tls.keyManager());
        try {
            stack = factory.createSipStack(properties);
        } catch (PeerUnavailableException e) {
            throw new RegistrarStartException("cannot make the SIP stack: " + e.getMessage(), e);
        } finally {
            // The stack's network layer took its key manager while the stack was made.
            final String keyManagerId = properties.getProperty(TlsNetworkLayer.KEY_MANAGER_ID);
            if (keyManagerId != null) {
                TlsNetworkLayer.unregister(keyManagerId);
            }
        }
        try {
            final List<ListeningPoint> points = Registrar.listen(stack, settings, tls != null);
            final SipProvider provider = Registrar.provider(stack, points);
            final SipContext sip = new SipContext(provider, factory.createAddressFactory(),
                                                  factory.createHeaderFactory(), factory.createMessageFactory(),
                                                  (SourceRouter) ((SipStackImpl) stack).getRouter(), points);
            return wire(settings, store, clock, meters, stack, sip);
        } catch (RegistrarStartException e) {
            stack.stop();
            throw e;
        } catch (PeerUnavailableException | TooManyListenersException e) {
            stack.stop();
            throw new RegistrarStartException("cannot wire the SIP stack: " + e.getMessage(), e);
        }
    }

    private static Registrar.Parts wire(RegistrarSettings settings, Store store, Clock clock, MeterRegistry meters,
                                        SipStack stack, SipContext sip) throws TooManyListenersException {
        final RegistrarMetrics metrics = new RegistrarMetrics(meters);
        final Credentials credentials = new Credentials(store, clock);
        final Nonces nonces = new Nonces(settings.nonceSecret(), settings.nonceLifetime(), clock);
        final BindingView view = new BindingView(store, clock, settings.accountViewLifetime());
        final BindingWriter writer = new BindingWriter(store, view::written);
        final AddressGuard guard = new AddressGuard(settings, clock, metrics);
        final DigestAuthenticator authenticator = new DigestAuthenticator(credentials, nonces,
                                                                          settings.digestAlgorithms());
        final RegisterHandler registers = new RegisterHandler(sip, authenticator, nonces, view, writer, guard,
                                                              metrics, settings, clock);
        final ScheduledExecutorService scheduler = Registrar.newScheduler();
        final OutboundRequests outbound = new OutboundRequests(sip);
        final Prober prober = new Prober(outbound, view, writer, metrics, scheduler, settings.probeTimeout(), clock);
        final CheckSyncAudit audit = new CheckSyncAudit(store, clock);
        final NotifySender sender = new NotifySender(sip, outbound, stack, credentials, metrics, audit,
                                                     settings.notifyAttempts());
        final CheckSync checkSync = new CheckSync(store, view, sender, audit,
                                                  settings.checkSyncOnPlatformChange(), clock,
                                                  new CheckSyncLease(store, clock, settings));
        final ChangeFeed.Subscription subscription = store.changes().subscribe(change -> {
            credentials.forgetAll();
            checkSync.changed(change);
        });
        metrics.gauges(view::activeCount, guard::blockedCount);
        sip.provider.addSipListener(new RegistrarListener(sip, registers, guard, metrics));
        final Runnable sweep = () -> {
            view.dropExpired();
            nonces.forgetExpired();
            guard.forgetIdle();
            store.inTransaction(tx -> store.bindings().sweepExpired(tx, clock.instant()));
        };
        return new Registrar.Parts(stack, scheduler, subscription, writer, checkSync, prober, sweep);
    }
}
