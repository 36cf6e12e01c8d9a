package io.deskprov.portal.device;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import io.deskprov.store.device.Device;

/**
 * The latest resync and reboot requests of each phone, newest first, so that admins see what was
 * asked and a registrar wired later can take over pending ones.
 * TODO: kept in this node's memory; a restart forgets them (the audit log keeps every request).
 */
public final class SyncRequestLog implements CheckSync {
    private static final int KEPT_PER_DEVICE = 20;

    private final Clock clock;
    private final Map<Long, List<SyncRequest>> requests = new ConcurrentHashMap<>();

    public SyncRequestLog(Clock clock) {
        this.clock = requireNonNull(clock, "clock");
    }

    @Override
    public void request(Device device, SyncKind kind) {
        record(new SyncRequest(device.id(), kind, clock.instant(), "portal"));
    }

    void record(SyncRequest request) {
        requests.merge(request.deviceId(), List.of(request),
                       (kept, added) -> Stream.concat(added.stream(), kept.stream()).limit(KEPT_PER_DEVICE).toList());
    }

    /** The device's requests, newest first. */
    public List<SyncRequest> forDevice(long deviceId) {
        return requests.getOrDefault(deviceId, List.of());
    }
}
