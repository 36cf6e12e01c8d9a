package io.deskprov.provisioning.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.deskprov.provisioning.ConfigFiles;
import io.deskprov.provisioning.DeviceCredentials;
import io.deskprov.provisioning.DeviceDirectory;
import io.deskprov.provisioning.RenderedFile;
import io.deskprov.store.changes.Change;
import io.deskprov.store.device.MacAddress;

/**
 * Devices (known and unknown) and their rendered files, kept until the store announces a change
 * that reaches them. The peek methods never block and suit an event loop; the loading ones read
 * the database or render, and run on workers.
 *
 * <p>A change that arrives while a worker is loading must not be overwritten by that worker's
 * older result, so every change bumps a generation and a load caches its result only if the
 * generation it started under is still current.
 */
final class DeviceCache {
    private final DeviceDirectory directory;
    private final ConfigFiles files;
    private final Clock clock;
    private final ServerMetrics metrics;
    private final AtomicLong generation = new AtomicLong();
    private final Cache<MacAddress, Optional<DeviceCredentials>> devices;
    private final Cache<FileKey, CachedFile> rendered;

    DeviceCache(DeviceDirectory directory, ConfigFiles files, Clock clock, ServerMetrics metrics,
                int maxDevices, long maxFileBytes) {
        this.directory = directory;
        this.files = files;
        this.clock = clock;
        this.metrics = metrics;
        this.devices = Caffeine.newBuilder().maximumSize(maxDevices).build();
        this.rendered = Caffeine.newBuilder()
                                .maximumWeight(maxFileBytes)
                                .weigher((FileKey key, CachedFile file) -> file.weight())
                                .build();
    }

    /** The cached answer for the MAC, or null when it must be loaded. */
    @Nullable Optional<DeviceCredentials> peekDevice(MacAddress mac) {
        final Optional<DeviceCredentials> device = devices.getIfPresent(mac);
        metrics.cacheLookup(device != null);
        return device;
    }

    /** The device behind the MAC, from the cache or the directory. Blocking. */
    Optional<DeviceCredentials> device(MacAddress mac) {
        final Optional<DeviceCredentials> cached = devices.getIfPresent(mac);
        if (cached != null) {
            return cached;
        }
        final long started = generation.get();
        final Optional<DeviceCredentials> loaded = Objects.requireNonNull(directory.find(mac), "directory answer");
        if (generation.get() == started) {
            devices.put(mac, loaded);
        }
        return loaded;
    }

    /** The cached file, or null when it must be rendered. */
    @Nullable CachedFile peekFile(MacAddress mac, String name) {
        final CachedFile file = rendered.getIfPresent(new FileKey(mac, name));
        metrics.cacheLookup(file != null);
        return file;
    }

    /** The device's file, from the cache or rendered now. Blocking. */
    CachedFile file(DeviceCredentials device, String name) {
        final FileKey key = new FileKey(device.mac(), name);
        final CachedFile cached = rendered.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        final long started = generation.get();
        final Optional<RenderedFile> file = files.render(device.mac(), name);
        final CachedFile result = CachedFile.of(file.orElse(null), clock.instant(), device);
        if (generation.get() == started) {
            rendered.put(key, result);
        }
        return result;
    }

    /** Forgets whatever the change reaches. Quick; called on the change feed's thread. */
    void apply(Change change) {
        generation.incrementAndGet();
        switch (change.scope()) {
            case DEVICE -> {
                final long id = change.id();
                forgetDevices(device -> device.isEmpty() || device.get().deviceId() == id);
                rendered.asMap().values().removeIf(file -> file.deviceId() == id);
            }
            case WORKPLACE -> {
                final Long id = change.id();
                forgetDevices(device -> device.isPresent() && id.equals(device.get().workplaceId()));
                // A contact directory lists every workplace of its company, and the change does not
                // say which company the workplace is in: every directory goes.
                rendered.asMap().entrySet().removeIf(entry -> id.equals(entry.getValue().workplaceId())
                                                              || isCompanyDirectory(entry.getKey()));
            }
            case COMPANY -> {
                final long id = change.id();
                forgetDevices(device -> device.isPresent() && device.get().companyId() == id);
                rendered.asMap().values().removeIf(file -> file.companyId() == id);
            }
            case GROUP -> {
                final Long id = change.id();
                forgetDevices(device -> device.isPresent() && id.equals(device.get().groupId()));
                rendered.asMap().values().removeIf(file -> id.equals(file.groupId()));
            }
            case PLATFORM -> {
                devices.invalidateAll();
                rendered.invalidateAll();
            }
            default -> throw new IllegalStateException("change scope: " + change.scope());
        }
    }

    private void forgetDevices(Predicate<Optional<DeviceCredentials>> reached) {
        devices.asMap().values().removeIf(reached);
    }

    private static boolean isCompanyDirectory(FileKey key) {
        return RequestedFile.classify(key.name()).kind().isCompanyDirectory();
    }

    private record FileKey(MacAddress mac, String name) {
    }

    /**
     * A rendered file made ready to answer, or the fact that the device has none of that name,
     * with the scope it was rendered for.
     */
    record CachedFile(@Nullable PreparedFile file, long deviceId, long companyId, @Nullable Long workplaceId,
                      @Nullable Long groupId) {
        static CachedFile of(@Nullable RenderedFile file, Instant now, DeviceCredentials device) {
            return new CachedFile(file == null ? null : new PreparedFile(file, now), device.deviceId(),
                                  device.companyId(), device.workplaceId(), device.groupId());
        }

        int weight() {
            return 256 + (file == null ? 0 : file.length());
        }
    }
}
