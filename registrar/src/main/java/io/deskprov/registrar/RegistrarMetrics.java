package io.deskprov.registrar;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/** The registrar's meters, all under {@code deskprov.sip.}. */
final class RegistrarMetrics {
    static final String REGISTERS = "deskprov.sip.registers";
    static final String ACTIVE_BINDINGS = "deskprov.sip.bindings.active";
    static final String NOTIFIES = "deskprov.sip.notifies";
    static final String BLOCKED_ADDRESSES = "deskprov.sip.blocked.addresses";
    static final String BLOCKED_NOW = "deskprov.sip.blocked.addresses.current";
    static final String DROPPED = "deskprov.sip.requests.dropped";
    static final String PROBES = "deskprov.sip.probes";

    /** How a REGISTER ended. */
    enum RegisterOutcome { OK, CHALLENGED, STALE, UNAUTHORIZED, FORBIDDEN, TOO_BRIEF, TOO_MANY_CONTACTS, INVALID,
        OUT_OF_ORDER }

    /** How a check-sync NOTIFY ended. */
    enum NotifyOutcome { DELIVERED, REFUSED, TIMEOUT, NO_CREDENTIALS }

    private final MeterRegistry registry;
    /** Made once, since looking a meter up in the registry costs more than the REGISTER's digest. */
    private final Map<RegisterOutcome, Counter> registers = new EnumMap<>(RegisterOutcome.class);

    RegistrarMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (RegisterOutcome outcome : RegisterOutcome.values()) {
            registers.put(outcome, Counter.builder(REGISTERS)
                                          .description("REGISTER requests answered, by outcome")
                                          .tag("outcome", tag(outcome))
                                          .register(registry));
        }
    }

    void register(RegisterOutcome outcome) {
        registers.get(outcome).increment();
    }

    void notify(NotifyOutcome outcome) {
        Counter.builder(NOTIFIES)
               .description("check-sync NOTIFYs finished, by outcome")
               .tag("outcome", tag(outcome))
               .register(registry)
               .increment();
    }

    void probe(boolean reachable) {
        Counter.builder(PROBES)
               .description("OPTIONS probes of registered contacts, by result")
               .tag("result", reachable ? "reachable" : "unreachable")
               .register(registry)
               .increment();
    }

    void addressBlocked() {
        Counter.builder(BLOCKED_ADDRESSES)
               .description("episodes of a source address ignored after failed authentications")
               .register(registry)
               .increment();
    }

    void dropped(String reason) {
        Counter.builder(DROPPED)
               .description("requests left unanswered, by reason")
               .tag("reason", reason)
               .register(registry)
               .increment();
    }

    void gauges(Supplier<Number> activeBindings, Supplier<Number> blockedNow) {
        Gauge.builder(ACTIVE_BINDINGS, activeBindings)
             .description("unexpired bindings this node holds")
             .register(registry);
        Gauge.builder(BLOCKED_NOW, blockedNow)
             .description("source addresses ignored right now")
             .register(registry);
    }

    private static String tag(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
