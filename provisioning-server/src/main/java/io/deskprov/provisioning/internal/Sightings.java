package io.deskprov.provisioning.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.deskprov.provisioning.DeviceCredentials;
import io.deskprov.store.device.MacAddress;
import io.deskprov.store.seen.Sighting;

/**
 * Notes genuine phones that no company has, or that are not assigned, for admins to adopt.
 * A phone retrying every few seconds is recorded once per interval, not once per request.
 * Only User-Agents of the vendors' forms count, so a scanner guessing MACs records nothing
 * unless it also pretends to be a phone.
 */
final class Sightings {
    private final RecordWriter records;
    private final Clock clock;
    private final Cache<MacAddress, Boolean> recent;

    Sightings(RecordWriter records, Clock clock, Duration interval) {
        this.records = records;
        this.clock = clock;
        this.recent = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(interval).build();
    }

    void note(Exchange exchange, Optional<DeviceCredentials> device) {
        if (device.isPresent() && device.get().isAssigned()) {
            return;
        }
        final Optional<PhoneAgent> agent = exchange.agent();
        final MacAddress mac = exchange.mac();
        if (agent.isEmpty() || mac == null || recent.asMap().putIfAbsent(mac, Boolean.TRUE) != null) {
            return;
        }
        records.add(new Sighting(mac, agent.get().vendor(), agent.get().model(), agent.get().firmware(),
                                 exchange.userAgent(), exchange.remoteAddress().getHostAddress(), clock.instant()));
    }
}
